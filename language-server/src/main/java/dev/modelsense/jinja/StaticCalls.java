package dev.modelsense.jinja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * dbt's static parser: when a model's only Jinja is {@code {{ ref(...) }}}, {@code {{ source(...) }}} and
 * {@code {{ config(...) }}} with literal arguments, its refs, sources and config are read without rendering.
 * Anything else (a tag, a comment, a variable, a macro call) means "render it".
 */
public final class StaticCalls {

    public record Source(String sourceName, String tableName) {
    }

    public record Result(List<RefArgs> refs, List<Source> sources, List<Map<String, Object>> configs) {
    }

    private StaticCalls() {
    }

    public static Optional<Result> extract(String source) {
        if (source.contains("{%") || source.contains("{#")) {
            return Optional.empty();
        }
        List<RefArgs> refs = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<Map<String, Object>> configs = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = source.indexOf("{{", from);
            if (open < 0) {
                return Optional.of(new Result(refs, sources, configs));
            }
            int close = source.indexOf("}}", open + 2);
            if (close < 0) {
                return Optional.empty();
            }
            String code = source.substring(open + 2, close).strip();
            if (code.startsWith("-")) {
                code = code.substring(1).strip();
            }
            if (code.endsWith("-")) {
                code = code.substring(0, code.length() - 1).strip();
            }
            if (!readCall(code, refs, sources, configs)) {
                return Optional.empty();
            }
            from = close + 2;
        }
    }

    private static boolean readCall(String code, List<RefArgs> refs, List<Source> sources,
                                    List<Map<String, Object>> configs) {
        LiteralReader reader = new LiteralReader(code);
        String function = reader.identifier();
        if (function == null || !reader.consume('(')) {
            return false;
        }
        List<Object> args = new ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        if (!reader.arguments(args, kwargs) || !reader.atEnd()) {
            return false;
        }
        switch (function) {
            case "ref" -> {
                Object version = kwargs.containsKey("v") ? kwargs.remove("v") : kwargs.remove("version");
                if (!kwargs.isEmpty() || args.isEmpty() || args.size() > 2 || !allStrings(args)) {
                    return false;
                }
                refs.add(args.size() == 1 ? new RefArgs(null, (String) args.get(0), version)
                        : new RefArgs((String) args.get(0), (String) args.get(1), version));
                return true;
            }
            case "source" -> {
                if (!kwargs.isEmpty() || args.size() != 2 || !allStrings(args)) {
                    return false;
                }
                sources.add(new Source((String) args.get(0), (String) args.get(1)));
                return true;
            }
            case "config" -> {
                if (!args.isEmpty()) {
                    return false;
                }
                configs.add(kwargs);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean allStrings(List<Object> values) {
        return values.stream().allMatch(v -> v instanceof String);
    }
}
