package dev.modelsense.sandbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A seed's CSV parsed for loading: column names, rows of text (null for empty cells) and one inferred type per
 * column, as dbt's agate inference does for the common cases: integer, double, boolean, date, timestamp, else text.
 */
record SeedTable(List<String> columns, List<SeedType> types, List<List<String>> rows) {

    enum SeedType {
        INTEGER, BIGINT, DOUBLE, BOOLEAN, DATE, TIMESTAMP, TEXT;

        String sqlType(WarehouseDialect dialect) {
            return switch (this) {
                case INTEGER -> "integer";
                case BIGINT -> "bigint";
                case DOUBLE -> "double precision";
                case BOOLEAN -> "boolean";
                case DATE -> "date";
                case TIMESTAMP -> "timestamp";
                case TEXT -> dialect.type().equals("duckdb") || dialect.type().equals("postgres") ? "text" : "varchar";
            };
        }
    }

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    static SeedTable parse(String csv) {
        List<List<String>> records = CsvRecords.parse(csv);
        if (records.isEmpty()) {
            throw new SandboxException(SandboxError.Kind.SQL_ERROR, "The seed file is empty (it needs a header row)");
        }
        List<String> header = records.get(0);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue; // a blank line
            }
            List<String> row = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String cell = i < record.size() ? record.get(i) : "";
                row.add(cell.isEmpty() ? null : cell);
            }
            rows.add(row);
        }
        List<SeedType> types = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            types.add(infer(rows, i));
        }
        return new SeedTable(List.copyOf(header), List.copyOf(types), rows);
    }

    static SeedType infer(List<List<String>> rows, int column) {
        List<String> values = rows.stream().map(r -> r.get(column)).filter(v -> v != null).map(String::strip).toList();
        if (values.isEmpty()) {
            return SeedType.TEXT;
        }
        if (values.stream().allMatch(v -> INTEGER.matcher(v).matches())) {
            boolean fitsInt = values.stream().allMatch(v -> {
                try {
                    Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
                    return true;
                } catch (NumberFormatException e) {
                    return false;
                }
            });
            return fitsInt ? SeedType.INTEGER : SeedType.BIGINT;
        }
        if (values.stream().allMatch(v -> DECIMAL.matcher(v).matches())) {
            return SeedType.DOUBLE;
        }
        if (values.stream().allMatch(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))) {
            return SeedType.BOOLEAN;
        }
        if (values.stream().allMatch(v -> DATE.matcher(v).matches() && parses(() -> LocalDate.parse(v)))) {
            return SeedType.DATE;
        }
        if (values.stream().allMatch(v -> TIMESTAMP.matcher(v).matches()
                && parses(() -> LocalDateTime.parse(v.replace(' ', 'T'))))) {
            return SeedType.TIMESTAMP;
        }
        return SeedType.TEXT;
    }

    /** The cell as the JDBC value its column's type needs. */
    Object value(int column, String cell) {
        if (cell == null) {
            return null;
        }
        String v = cell.strip();
        return switch (types.get(column)) {
            case INTEGER -> Integer.parseInt(v.startsWith("+") ? v.substring(1) : v);
            case BIGINT -> Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
            case DOUBLE -> Double.parseDouble(v);
            case BOOLEAN -> Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
            case DATE -> java.sql.Date.valueOf(LocalDate.parse(v));
            case TIMESTAMP -> java.sql.Timestamp.valueOf(LocalDateTime.parse(v.replace(' ', 'T')));
            case TEXT -> cell;
        };
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
