package dev.modelsense.compile;

import dev.modelsense.jinja.MacroInfo;
import dev.modelsense.jinja.MacroRegistry;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes "'x' is undefined" errors useful: the column of {@code x} on the reported line (Jinjava gives runtime errors
 * none) and the closest macro name the node could have meant.
 */
final class UndefinedNames {

    private static final Pattern UNDEFINED = Pattern.compile("^'([A-Za-z_][A-Za-z0-9_]*)' is undefined");
    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z_][A-Za-z0-9_.]*)'");

    private final Set<String> macroNames = new LinkedHashSet<>();

    UndefinedNames(MacroRegistry macros) {
        for (MacroInfo macro : macros.all()) {
            if (!macro.name().contains("__")) {
                macroNames.add(macro.name());
            }
        }
    }

    Problem enrich(Problem problem, NodeSpec spec) {
        Matcher matcher = UNDEFINED.matcher(problem.message());
        if (!matcher.find()) {
            return withQuotedNameColumn(problem, spec);
        }
        String name = matcher.group(1);
        int column = problem.column();
        if (problem.file() != null && problem.file().equals(spec.file().path())) {
            column = columnOf(spec.file().text(), problem.line(), name, column);
        }
        String suggestion = Suggestions.didYouMean(name, macroNames);
        String message = suggestion.isEmpty() ? problem.message() : problem.message() + "." + suggestion;
        return new Problem(problem.code(), problem.severity(), message, problem.file(), problem.line(), column,
                problem.related());
    }

    /** Other runtime errors name what failed in quotes ({@code var 'x'}): point at it when it is on the line. */
    private static Problem withQuotedNameColumn(Problem problem, NodeSpec spec) {
        if (problem.column() != 0 || problem.file() == null || !problem.file().equals(spec.file().path())) {
            return problem;
        }
        Matcher quoted = QUOTED.matcher(problem.message());
        while (quoted.find()) {
            int column = columnOf(spec.file().text(), problem.line(), quoted.group(1), -1);
            if (column >= 0) {
                return new Problem(problem.code(), problem.severity(), problem.message(), problem.file(),
                        problem.line(), column, problem.related());
            }
        }
        return problem;
    }

    private static int columnOf(String text, int line, String name, int fallback) {
        String[] lines = text.split("\n", -1);
        if (line < 0 || line >= lines.length) {
            return fallback;
        }
        Matcher word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(lines[line]);
        return word.find() ? word.start() : fallback;
    }
}
