package dev.modelsense.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Filters whose Jinjava versions ignore keyword arguments or differ from Jinja2's output. */
final class PyFilters {

    private PyFilters() {
    }

    static List<Filter> all() {
        return List.of(new Sort(), new ToJson(), new Extreme("max", true), new Extreme("min", false), new Round());
    }

    /** Base for filters that read Python-style arguments. */
    private abstract static class PyFilter implements Filter {
        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
            return filter(var, interpreter, (Object[]) args, Map.of());
        }

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
            return apply(var, new PyArgs(getName(), List.of(args), kwargs));
        }

        abstract Object apply(Object value, PyArgs args);
    }

    static List<Object> items(Object value) {
        List<Object> list = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            list.addAll(m.keySet());
        } else if (value instanceof Collection<?> c) {
            list.addAll(c);
        } else if (value instanceof Object[] array) {
            list.addAll(List.of(array));
        } else if (value instanceof String s) {
            s.chars().forEach(c -> list.add(String.valueOf((char) c)));
        } else if (value instanceof Iterable<?> it) {
            it.forEach(list::add);
        }
        return list;
    }

    static Object attribute(Object item, String path) {
        Object current = item;
        for (String part : path.split("\\.")) {
            if (current instanceof PyObject o) {
                Object v = o.getAttr(part);
                current = v == PyObject.NO_ATTRIBUTE ? null : v;
            } else if (current instanceof Map<?, ?> m) {
                current = m.get(part);
            } else if (current instanceof List<?> l && part.matches("\\d+")) {
                int i = Integer.parseInt(part);
                current = i < l.size() ? l.get(i) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b, boolean caseSensitive) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof CharSequence || b instanceof CharSequence) {
            String x = PyValues.str(a);
            String y = PyValues.str(b);
            return caseSensitive ? x.compareTo(y) : x.toLowerCase().compareTo(y.toLowerCase());
        }
        if (a instanceof Comparable c && a.getClass().isInstance(b)) {
            return c.compareTo(b);
        }
        return PyValues.str(a).compareTo(PyValues.str(b));
    }

    /** Jinja2's {@code sort(reverse=False, case_sensitive=False, attribute=None)}. */
    static final class Sort extends PyFilter {
        @Override
        public String getName() {
            return "sort";
        }

        @Override
        Object apply(Object value, PyArgs args) {
            boolean reverse = PyValues.truthy(args.get(0, "reverse", false));
            boolean caseSensitive = PyValues.truthy(args.get(1, "case_sensitive", false));
            Object attribute = args.get(2, "attribute", null);
            List<Object> list = items(value);
            Comparator<Object> order = (a, b) -> compare(
                    attribute == null ? a : attribute(a, PyValues.str(attribute)),
                    attribute == null ? b : attribute(b, PyValues.str(attribute)), caseSensitive);
            list.sort(reverse ? order.reversed() : order);
            return list;
        }
    }

    /** Jinja2's {@code max}/{@code min(case_sensitive=False, attribute=None)}. */
    static final class Extreme extends PyFilter {
        private final String name;
        private final boolean max;

        Extreme(String name, boolean max) {
            this.name = name;
            this.max = max;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        Object apply(Object value, PyArgs args) {
            boolean caseSensitive = PyValues.truthy(args.get(0, "case_sensitive", false));
            Object attribute = args.get(1, "attribute", null);
            Object best = null;
            Object bestKey = null;
            boolean first = true;
            for (Object item : items(value)) {
                Object key = attribute == null ? item : attribute(item, PyValues.str(attribute));
                int c = first ? 1 : compare(key, bestKey, caseSensitive);
                if (first || (max ? c > 0 : c < 0)) {
                    best = item;
                    bestKey = key;
                    first = false;
                }
            }
            return best;
        }
    }

    /** Jinja2's {@code round(precision=0, method='common')}: always a float, as in Python. */
    static final class Round extends PyFilter {
        @Override
        public String getName() {
            return "round";
        }

        @Override
        Object apply(Object value, PyArgs args) {
            int precision = (int) PyValues.toLong(args.get(0, "precision", 0));
            String method = PyValues.str(args.get(1, "method", "common"));
            double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(PyValues.str(value));
            RoundingMode mode = switch (method) {
                case "ceil" -> RoundingMode.CEILING;
                case "floor" -> RoundingMode.FLOOR;
                default -> RoundingMode.HALF_UP;
            };
            return new BigDecimal(Double.toString(d)).setScale(precision, mode).doubleValue();
        }
    }

    /** Jinja2's {@code tojson}: Python's {@code json.dumps} spacing ({@code {"a": 1, "b": [1, 2]}}). */
    static final class ToJson extends PyFilter {
        @Override
        public String getName() {
            return "tojson";
        }

        @Override
        Object apply(Object value, PyArgs args) {
            return Json.write(value, PyValues.truthy(args.get(-1, "sort_keys", false)));
        }
    }
}
