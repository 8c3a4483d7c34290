package dev.modelsense.project;

import java.util.List;

/** One {@code dispatch:} entry of dbt_project.yml. */
public record DispatchRule(String macroNamespace, List<String> searchOrder) {
    public DispatchRule {
        searchOrder = List.copyOf(searchOrder);
    }
}
