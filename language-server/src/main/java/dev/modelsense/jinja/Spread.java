package dev.modelsense.jinja;

import com.hubspot.jinjava.el.ext.NamedParameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code f(*xs)} and {@code f(**kw)} at call sites. The {@link Preprocessor} rewrites them into
 * {@code __spread(xs)} / {@code __kwspread(kw)}; our callables expand the markers back into arguments.
 */
final class Spread {

    record Positional(List<Object> values) {}

    record Keywords(Map<String, Object> values) {}

    private Spread() {
    }

    /** Registered as the Jinja function {@code __spread}. */
    public static Object spread(Object values) {
        List<Object> list = new ArrayList<>();
        if (values instanceof Collection<?> c) {
            list.addAll(c);
        } else if (values instanceof Object[] array) {
            list.addAll(List.of(array));
        } else if (values != null) {
            list.add(values);
        }
        return new Positional(list);
    }

    /** Registered as the Jinja function {@code __kwspread}. */
    @SuppressWarnings("unchecked")
    public static Object kwspread(Object values) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        if (values instanceof Map<?, ?> m) {
            m.forEach((k, v) -> map.put(String.valueOf(k), v));
        }
        return new Keywords(map);
    }

    /** Replaces spread markers by the arguments they stand for (keywords as {@link NamedParameter}s). */
    static Object[] expand(Object[] args) {
        boolean any = false;
        for (Object arg : args) {
            if (arg instanceof Positional || arg instanceof Keywords) {
                any = true;
                break;
            }
        }
        if (!any) {
            return args;
        }
        List<Object> out = new ArrayList<>();
        List<Object> named = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof Positional p) {
                out.addAll(p.values());
            } else if (arg instanceof Keywords k) {
                k.values().forEach((name, value) -> named.add(new NamedParameter(name, value)));
            } else if (arg instanceof NamedParameter) {
                named.add(arg);
            } else {
                out.add(arg);
            }
        }
        out.addAll(named);
        return out.toArray();
    }

    static PyArgs toPyArgs(String function, Object[] rawArgs) {
        Object[] args = expand(rawArgs);
        List<Object> positional = new ArrayList<>(args.length);
        Map<String, Object> keywords = new java.util.LinkedHashMap<>();
        for (Object arg : args) {
            if (arg instanceof NamedParameter p) {
                keywords.put(p.getName(), p.getValue());
            } else {
                positional.add(arg);
            }
        }
        return new PyArgs(function, positional, keywords);
    }
}
