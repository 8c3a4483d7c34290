package dev.modelsense.graph;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** Model versions compared as dbt's {@code UnparsedVersion.__lt__}: as floats when both parse, else as strings. */
final class ModelVersions {
    static final Comparator<Object> ORDER = ModelVersions::compare;

    private ModelVersions() {
    }

    static int compare(Object left, Object right) {
        Double leftNumber = asNumber(left);
        Double rightNumber = asNumber(right);
        if (leftNumber != null && rightNumber != null) {
            return Double.compare(leftNumber, rightNumber);
        }
        return String.valueOf(left).compareTo(String.valueOf(right));
    }

    static boolean same(Object left, Object right) {
        return compare(left, right) == 0;
    }

    static String modelKey(GraphNode node) {
        return node.packageName() + "." + node.name();
    }

    static Map<String, Object> latestByModel(Collection<GraphNode> nodes) {
        Map<String, Object> latest = new HashMap<>();
        for (GraphNode node : nodes) {
            if (node.kind() == NodeKind.MODEL && node.isVersioned()) {
                latest.merge(modelKey(node), node.version(),
                        (current, candidate) -> compare(candidate, current) > 0 ? candidate : current);
            }
        }
        return latest;
    }

    private static Double asNumber(Object version) {
        if (version instanceof Number number) {
            return number.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(version).trim());
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }
}
