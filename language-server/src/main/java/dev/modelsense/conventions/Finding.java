package dev.modelsense.conventions;

import dev.modelsense.compile.Problem;

import java.util.List;

/**
 * One breach of the team's conventions: the problem (stable code, file and start position of the offending column
 * alias, model name or ref) and the fixes that would resolve it. {@code nodeId} is null for findings that belong to no
 * model (a source, a seed, the modelsense.yml file itself).
 */
public record Finding(Problem problem, String nodeId, List<Fix> fixes) {

    public Finding {
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    public Finding(Problem problem, String nodeId) {
        this(problem, nodeId, List.of());
    }

    public String code() {
        return problem.code();
    }
}
