package dev.modelsense.jinja;

/** dbt's {@code RelationType}; {@link #jinjaName()} is what Jinja code compares against ({@code 'table'}, {@code 'cte'}). */
public enum RelationType {
    TABLE("table"), VIEW("view"), CTE("cte"), MATERIALIZED_VIEW("materialized_view"), EXTERNAL("external"),
    DYNAMIC_TABLE("dynamic_table");

    private final String jinjaName;

    RelationType(String jinjaName) {
        this.jinjaName = jinjaName;
    }

    public String jinjaName() {
        return jinjaName;
    }
}
