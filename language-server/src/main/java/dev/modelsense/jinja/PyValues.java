package dev.modelsense.jinja;

import com.hubspot.jinjava.objects.SafeString;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Python's {@code str()}, {@code repr()} and truthiness for the Java values that flow through Jinjava. */
final class PyValues {

    private PyValues() {
    }

    /** How {@code {{ value }}} prints. Null prints empty: Jinjava cannot tell None from an undefined name. */
    static String output(Object value) {
        return value == null ? "" : str(value);
    }

    /** Python's {@code str(value)}. */
    static String str(Object value) {
        value = unwrap(value);
        if (value == null) {
            return "None";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof SafeString s) {
            return s.toString();
        }
        if (value instanceof CharSequence s) {
            return s.toString();
        }
        if (value instanceof Relation r) {
            return r.render();
        }
        if (value instanceof Boolean || value instanceof Number || value instanceof Map<?, ?>
                || value instanceof Collection<?> || value instanceof Object[]) {
            return repr(value);
        }
        return value.toString();
    }

    /** Jinjava wraps maps that pass through {@code set} or a macro's return in a PyMap; look through it. */
    static Object unwrap(Object value) {
        Object current = value;
        while (current instanceof com.hubspot.jinjava.objects.collections.PyMap map && map.toMap() != current) {
            current = map.toMap();
        }
        return current;
    }

    /** Python's {@code repr(value)}: strings quoted, containers recursive. */
    static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        appendRepr(out, value, 0);
        return out.toString();
    }

    private static void appendRepr(StringBuilder out, Object value, int depth) {
        if (depth > 50) {
            out.append("...");
            return;
        }
        value = unwrap(value);
        if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (value instanceof Double || value instanceof Float) {
            out.append(floatRepr(((Number) value).doubleValue()));
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof CharSequence || value instanceof Character) {
            out.append(quote(value.toString()));
        } else if (value instanceof Relation r) {
            out.append(r.reprString());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                appendRepr(out, e.getKey(), depth + 1);
                out.append(": ");
                appendRepr(out, e.getValue(), depth + 1);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            boolean set = value instanceof java.util.Set<?>;
            if (set && list.isEmpty()) {
                out.append("set()");
                return;
            }
            out.append(set ? '{' : '[');
            Iterator<?> it = list.iterator();
            while (it.hasNext()) {
                appendRepr(out, it.next(), depth + 1);
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append(set ? '}' : ']');
        } else if (value instanceof Object[] array) {
            appendRepr(out, java.util.Arrays.asList(array), depth);
        } else {
            out.append(value);
        }
    }

    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return new BigDecimal(d).toBigInteger() + ".0";
        }
        String s = Double.toString(d);
        if (s.contains("E")) {
            BigDecimal bd = new BigDecimal(s);
            if (Math.abs(d) >= 1e-4 && Math.abs(d) < 1e16) {
                return bd.toPlainString();
            }
            String mantissa = s.substring(0, s.indexOf('E'));
            int exp = Integer.parseInt(s.substring(s.indexOf('E') + 1));
            if (mantissa.endsWith(".0")) {
                mantissa = mantissa.substring(0, mantissa.length() - 2);
            }
            return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        return s;
    }

    /** Python's string repr: single quotes unless the text holds a single quote and no double quote. */
    static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == q) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(q).toString();
    }

    /** Python truthiness (the string 'false' is true in Python; Jinjava's own {@code if} still differs there). */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    static long toLong(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return new BigInteger(str(value).trim()).longValue();
    }
}
