package dev.modelsense.sandbox;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads at most {@code limit} rows of a result set into a {@link Preview}. */
final class PreviewReader {

    private PreviewReader() {
    }

    static Preview read(String relation, ResultSet rows, int limit) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<Preview.Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new Preview.Column(meta.getColumnLabel(i), meta.getColumnType(i), meta.getColumnTypeName(i)));
        }
        List<List<Object>> values = new ArrayList<>();
        boolean truncated = false;
        while (rows.next()) {
            if (values.size() == limit) {
                truncated = true;
                break;
            }
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(javaValue(rows.getObject(i)));
            }
            values.add(Collections.unmodifiableList(row));
        }
        return new Preview(relation, List.copyOf(columns), List.copyOf(values), truncated);
    }

    private static Object javaValue(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime();
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        if (value instanceof Time time) {
            return time.toLocalTime();
        }
        if (value instanceof java.time.temporal.Temporal) {
            return value;
        }
        return value.toString();
    }
}
