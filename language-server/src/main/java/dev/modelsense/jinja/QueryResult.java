package dev.modelsense.jinja;

import java.util.List;

/** A cached answer to an introspective query ({@code run_query}, {@code statement(fetch_result=True)}). */
public record QueryResult(List<String> columnNames, List<String> columnTypes, List<List<Object>> rows) {
    public QueryResult {
        columnNames = List.copyOf(columnNames);
        columnTypes = List.copyOf(columnTypes);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
