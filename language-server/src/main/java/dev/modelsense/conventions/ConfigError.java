package dev.modelsense.conventions;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Something wrong in {@code modelsense.yml}, at the 0-based line and column of the offending key or value; reported
 * as a {@code conventions-config} problem.
 */
public record ConfigError(String message, int line, int column) {

    /** An error at the start of a YAML node (a key, a scalar, a list or a mapping). */
    public static ConfigError at(Node node, String message) {
        Mark mark = node == null ? null : node.getStartMark();
        return mark == null ? new ConfigError(message, 0, 0) : new ConfigError(message, mark.getLine(), mark.getColumn());
    }
}
