package dev.modelsense.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns command-line selector strings into specs as {@code graph/cli.py} and {@code selector_spec.py} do. */
final class SelectorParser {
    /** dbt's {@code RAW_SELECTOR_PATTERN}. */
    private static final Pattern RAW_SELECTOR = Pattern.compile(
            "\\A(?<childrensParents>(?<childrensParentsDepth>\\d*)@)?"
                    + "(?<parents>(?<parentsDepth>\\d*)\\+)?"
                    + "((?<method>[\\w.]+):)?(?<value>.*?)"
                    + "(?<children>\\+(?<childrenDepth>\\d*))?\\z",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private SelectorParser() {
    }

    /**
     * {@code ["a b", "c,d"]} is the union of a, b and the intersection of c and d: values are split on single
     * spaces (as dbt does, so a double space yields an empty selector that matches nothing), then on commas.
     */
    static SelectionSpec.Group parseUnion(List<String> values, IndirectSelection indirectSelection) {
        List<SelectionSpec> union = new ArrayList<>();
        for (String value : values) {
            for (String spaceSeparated : value.split(" ", -1)) {
                List<SelectionSpec> intersection = new ArrayList<>();
                for (String part : spaceSeparated.split(",", -1)) {
                    intersection.add(parseCriterion(part));
                }
                union.add(new SelectionSpec.Group(SelectionSpec.Operation.INTERSECTION, intersection,
                        indirectSelection));
            }
        }
        return new SelectionSpec.Group(SelectionSpec.Operation.UNION, union, indirectSelection);
    }

    static SelectionSpec.Criterion parseCriterion(String raw) {
        Matcher match = RAW_SELECTOR.matcher(raw);
        if (!match.matches()) {
            throw new SelectorSyntaxException("Invalid selector spec \"" + raw + "\"");
        }
        boolean childrensParents = match.group("childrensParents") != null;
        boolean children = match.group("children") != null;
        if (childrensParents && children) {
            throw new SelectorSyntaxException(
                    "Invalid node spec " + raw + " - \"@\" prefix and \"+\" suffix are incompatible");
        }
        if (childrensParents && !match.group("childrensParentsDepth").isEmpty()) {
            throw new SelectorSyntaxException("Invalid node spec " + raw + " - a depth on \"@\" is not supported");
        }
        String value = match.group("value");
        List<String> methodParts = match.group("method") == null
                ? List.of() : FqnMatch.pythonSplit(match.group("method"));
        SelectorMethod method;
        List<String> arguments;
        if (methodParts.isEmpty()) {
            method = SelectorMethod.defaultFor(value);
            arguments = List.of();
        } else {
            method = SelectorMethod.named(methodParts.get(0)).orElseThrow(() -> new SelectorSyntaxException(
                    "'" + methodParts.get(0) + "' is not a valid method name"));
            // e.g. config.meta.owner -> config with arguments [meta, owner]
            arguments = List.copyOf(methodParts.subList(1, methodParts.size()));
        }
        return new SelectionSpec.Criterion(raw, method.matcher(arguments, value),
                childrensParents,
                match.group("parents") != null, depth(match.group("parentsDepth"), raw),
                children, depth(match.group("childrenDepth"), raw));
    }

    private static int depth(String digits, String raw) {
        if (digits == null || digits.isEmpty()) {
            return Traversal.UNLIMITED;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooLarge) {
            throw new SelectorSyntaxException("Invalid node spec - could not handle depth " + digits + " in " + raw);
        }
    }
}
