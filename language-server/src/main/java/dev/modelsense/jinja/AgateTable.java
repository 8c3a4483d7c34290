package dev.modelsense.jinja;

import com.hubspot.jinjava.objects.PyWrapper;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of an agate table that dbt macros use: {@code table.columns[0].values()}, {@code table.columns['n']},
 * {@code table.rows}, {@code row[0]} / {@code row['n']}, {@code column_names}, {@code column_types}.
 */
final class AgateTable implements PyObject {

    private final List<String> names;
    private final List<String> types;
    private final List<Row> rows;

    AgateTable(QueryResult result) {
        this.names = result.columnNames();
        this.types = result.columnTypes();
        List<Row> r = new ArrayList<>(result.rows().size());
        for (List<Object> values : result.rows()) {
            r.add(new Row(values));
        }
        this.rows = List.copyOf(r);
    }

    static AgateTable empty() {
        return new AgateTable(new QueryResult(List.of(), List.of(), List.of()));
    }

    List<Row> rows() {
        return rows;
    }

    @Override
    public Object getAttr(String name) {
        return switch (name) {
            case "rows" -> rows;
            case "columns" -> new Columns();
            case "column_names" -> names;
            case "column_types" -> types;
            case "print_table" -> new PyFunction("print_table", a -> "");
            default -> NO_ATTRIBUTE;
        };
    }

    private int indexOf(String column) {
        return names.indexOf(column);
    }

    /** A row: a list that also answers column names. */
    final class Row extends AbstractList<Object> implements PyObject, PyWrapper {
        private final List<Object> values;

        Row(List<Object> values) {
            this.values = values;
        }

        @Override
        public Object get(int index) {
            return values.get(index);
        }

        @Override
        public int size() {
            return values.size();
        }

        @Override
        public Object getAttr(String name) {
            int i = indexOf(name);
            return i >= 0 && i < values.size() ? values.get(i) : NO_ATTRIBUTE;
        }
    }

    /** The column sequence: by position or by name. */
    final class Columns extends AbstractList<Column> implements PyObject, PyWrapper {
        @Override
        public Column get(int index) {
            return new Column(index);
        }

        @Override
        public int size() {
            return names.size();
        }

        @Override
        public Object getAttr(String name) {
            int i = indexOf(name);
            return i >= 0 ? new Column(i) : NO_ATTRIBUTE;
        }
    }

    /** One column: {@code name}, {@code data_type}, {@code values()}. */
    final class Column implements PyObject {
        private final int index;

        Column(int index) {
            this.index = index;
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "name" -> names.get(index);
                case "data_type" -> index < types.size() ? types.get(index) : null;
                case "values", "values_without_nulls" -> new PyFunction(name, a -> {
                    List<Object> values = new ArrayList<>();
                    for (Row row : rows) {
                        Object v = index < row.size() ? row.get(index) : null;
                        if (v != null || name.equals("values")) {
                            values.add(v);
                        }
                    }
                    return values;
                });
                default -> NO_ATTRIBUTE;
            };
        }
    }
}
