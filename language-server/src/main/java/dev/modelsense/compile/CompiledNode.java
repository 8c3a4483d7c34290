package dev.modelsense.compile;

import java.util.List;

/**
 * The compile phase's answer for one node: its SQL with ephemeral CTEs injected ({@code compiledSql}), the SQL
 * as rendered before injection, and what went wrong. {@code compiledSql} is null when the node failed.
 */
public record CompiledNode(ParsedNode node, String compiledSql, String renderedSql, List<Problem> problems,
                           List<String> notes) {

    public boolean failed() {
        return compiledSql == null;
    }
}
