package dev.modelsense.jinja;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** dbt's {@code modules}: {@code datetime}, {@code re}, {@code itertools}, {@code pytz} (the commonly used parts). */
final class Modules {

    private Modules() {
    }

    static Map<String, Object> all() {
        return Map.of("datetime", new DatetimeModule(), "re", new ReModule(), "itertools", new ItertoolsModule(),
                "pytz", new PytzModule());
    }

    private static int i(PyArgs a, int index, String name, int fallback) {
        return (int) PyValues.toLong(a.get(index, name, fallback));
    }

    /** {@code modules.datetime.datetime/date/timezone}. */
    static final class DatetimeModule implements PyObject {
        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "datetime" -> new DatetimeClass();
                case "date" -> new PyFunction("date", a -> new PyDate(LocalDate.of(i(a, 0, "year", 1),
                        i(a, 1, "month", 1), i(a, 2, "day", 1)).atStartOfDay(ZoneOffset.UTC), true));
                case "timezone" -> Map.of("utc", ZoneOffset.UTC);
                default -> NO_ATTRIBUTE;
            };
        }
    }

    static final class DatetimeClass extends PyFunction implements PyObject {
        DatetimeClass() {
            super("datetime", a -> new PyDate(LocalDateTime.of(i(a, 0, "year", 1), i(a, 1, "month", 1),
                    i(a, 2, "day", 1), i(a, 3, "hour", 0), i(a, 4, "minute", 0), i(a, 5, "second", 0))
                    .atZone(ZoneOffset.UTC), false));
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "now", "utcnow" -> new PyFunction(name, a -> new PyDate(ZonedDateTime.now(ZoneOffset.UTC), false));
                case "strptime" -> new PyFunction(name, a -> new PyDate(LocalDateTime.parse(
                        PyValues.str(a.require(0, "date_string")),
                        DateTimeFormatter.ofPattern(PyDate.javaPattern(PyValues.str(a.require(1, "format")))))
                        .atZone(ZoneOffset.UTC), false));
                default -> NO_ATTRIBUTE;
            };
        }
    }

    /** A Python {@code date}/{@code datetime}: prints like Python, {@code strftime}, {@code isoformat}, fields. */
    record PyDate(ZonedDateTime value, boolean dateOnly) implements PyObject {
        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "year" -> (long) value.getYear();
                case "month" -> (long) value.getMonthValue();
                case "day" -> (long) value.getDayOfMonth();
                case "hour" -> (long) value.getHour();
                case "minute" -> (long) value.getMinute();
                case "second" -> (long) value.getSecond();
                case "strftime" -> new PyFunction(name, a -> value.format(DateTimeFormatter.ofPattern(
                        javaPattern(PyValues.str(a.require(0, "format"))))));
                case "isoformat" -> new PyFunction(name, a -> toString().replace(' ', 'T'));
                case "date" -> new PyFunction(name, a -> new PyDate(value.toLocalDate().atStartOfDay(value.getZone()),
                        true));
                case "replace" -> new PyFunction(name, a -> new PyDate(value
                        .withYear(i(a, 0, "year", value.getYear())).withMonth(i(a, 1, "month", value.getMonthValue()))
                        .withDayOfMonth(i(a, 2, "day", value.getDayOfMonth())), dateOnly));
                default -> NO_ATTRIBUTE;
            };
        }

        @Override
        public String toString() {
            if (dateOnly) {
                return value.toLocalDate().toString();
            }
            String base = value.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            int micros = value.getNano() / 1000;
            return micros == 0 ? base : base + String.format(".%06d", micros);
        }

        /** Python strftime codes to a Java pattern (literal text quoted). */
        static String javaPattern(String python) {
            StringBuilder out = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (int k = 0; k < python.length(); k++) {
                char c = python.charAt(k);
                if (c == '%' && k + 1 < python.length()) {
                    String code = switch (python.charAt(++k)) {
                        case 'Y' -> "yyyy";
                        case 'm' -> "MM";
                        case 'd' -> "dd";
                        case 'H' -> "HH";
                        case 'M' -> "mm";
                        case 'S' -> "ss";
                        case 'f' -> "SSSSSS";
                        case 'y' -> "yy";
                        case 'b' -> "MMM";
                        case 'B' -> "MMMM";
                        case 'a' -> "EEE";
                        case 'A' -> "EEEE";
                        case 'j' -> "DDD";
                        case 'I' -> "hh";
                        case 'p' -> "a";
                        case 'z' -> "xx";
                        case '%' -> null;
                        default -> null;
                    };
                    if (code == null) {
                        literal.append(python.charAt(k));
                        continue;
                    }
                    flush(out, literal);
                    out.append(code);
                } else {
                    literal.append(c);
                }
            }
            flush(out, literal);
            return out.toString();
        }

        private static void flush(StringBuilder out, StringBuilder literal) {
            if (literal.length() > 0) {
                out.append('\'').append(literal.toString().replace("'", "''")).append('\'');
                literal.setLength(0);
            }
        }
    }

    /** {@code modules.re}, translating Python regex syntax to Java's. */
    static final class ReModule implements PyObject {
        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "sub" -> new PyFunction(name, a -> {
                    Matcher m = pattern(a.require(0, "pattern"), a.get(4, "flags", 0))
                            .matcher(PyValues.str(a.require(2, "string")));
                    String replacement = replacement(PyValues.str(a.require(1, "repl")));
                    int count = i(a, 3, "count", 0);
                    if (count <= 0) {
                        return m.replaceAll(replacement);
                    }
                    StringBuilder out = new StringBuilder();
                    int done = 0;
                    while (done < count && m.find()) {
                        m.appendReplacement(out, replacement);
                        done++;
                    }
                    m.appendTail(out);
                    return out.toString();
                });
                case "match", "search", "fullmatch" -> new PyFunction(name, a -> {
                    Matcher m = pattern(a.require(0, "pattern"), a.get(2, "flags", 0))
                            .matcher(PyValues.str(a.require(1, "string")));
                    boolean found = switch (name) {
                        case "match" -> m.lookingAt();
                        case "fullmatch" -> m.matches();
                        default -> m.find();
                    };
                    return found ? new MatchObject(m.toMatchResult()) : null;
                });
                case "findall" -> new PyFunction(name, a -> {
                    Matcher m = pattern(a.require(0, "pattern"), a.get(2, "flags", 0))
                            .matcher(PyValues.str(a.require(1, "string")));
                    List<Object> out = new ArrayList<>();
                    while (m.find()) {
                        out.add(m.groupCount() == 0 ? m.group() : m.group(1));
                    }
                    return out;
                });
                case "split" -> new PyFunction(name, a -> List.of(pattern(a.require(0, "pattern"), 0)
                        .split(PyValues.str(a.require(1, "string")), -1)));
                case "escape" -> new PyFunction(name, a ->
                        PyValues.str(a.require(0, "pattern")).replaceAll("([^A-Za-z0-9_])", "\\\\$1"));
                case "IGNORECASE", "I" -> (long) Pattern.CASE_INSENSITIVE;
                case "MULTILINE", "M" -> (long) Pattern.MULTILINE;
                case "DOTALL", "S" -> (long) Pattern.DOTALL;
                default -> NO_ATTRIBUTE;
            };
        }

        private static Pattern pattern(Object source, Object flags) {
            String p = PyValues.str(source).replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>");
            return Pattern.compile(p, (int) PyValues.toLong(flags == null ? 0 : flags));
        }

        private static String replacement(String python) {
            return python.replace("$", "\\$").replaceAll("\\\\g<(\\d+)>", "\\$$1")
                    .replaceAll("\\\\g<(\\w+)>", "\\${$1}").replaceAll("\\\\(\\d)", "\\$$1");
        }
    }

    /** A Python {@code re.Match}: {@code group(n)}, {@code groups()}. */
    record MatchObject(java.util.regex.MatchResult result) implements PyObject {
        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "group" -> new PyFunction(name, a -> result.group(i(a, 0, "group", 0)));
                case "groups" -> new PyFunction(name, a -> {
                    List<Object> groups = new ArrayList<>();
                    for (int g = 1; g <= result.groupCount(); g++) {
                        groups.add(result.group(g));
                    }
                    return groups;
                });
                case "start" -> new PyFunction(name, a -> (long) result.start());
                case "end" -> new PyFunction(name, a -> (long) result.end());
                default -> NO_ATTRIBUTE;
            };
        }
    }

    /** {@code modules.itertools.chain/product}. */
    static final class ItertoolsModule implements PyObject {
        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "chain" -> new PyFunction(name, a -> {
                    List<Object> out = new ArrayList<>();
                    a.positional().forEach(x -> out.addAll(PyFilters.items(x)));
                    return out;
                });
                case "product" -> new PyFunction(name, a -> {
                    List<Object> out = new ArrayList<>();
                    out.add(List.of());
                    for (Object pool : a.positional()) {
                        List<Object> next = new ArrayList<>();
                        for (Object prefix : out) {
                            for (Object item : PyFilters.items(pool)) {
                                List<Object> tuple = new ArrayList<>((Collection<?>) prefix);
                                tuple.add(item);
                                next.add(tuple);
                            }
                        }
                        out = next;
                    }
                    return out;
                });
                default -> NO_ATTRIBUTE;
            };
        }
    }

    /** {@code modules.pytz.utc} and {@code pytz.timezone(name)}. */
    static final class PytzModule implements PyObject {
        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "utc", "UTC" -> ZoneOffset.UTC;
                case "timezone" -> new PyFunction(name, a -> ZoneId.of(PyValues.str(a.require(0, "zone"))));
                default -> NO_ATTRIBUTE;
            };
        }
    }
}
