package dev.modelsense.sql;

import java.util.List;

/** The output columns of a statement, or why they cannot be known without running it. */
public sealed interface Columns {

    record Known(List<OutputColumn> columns) implements Columns {
        public Known {
            columns = List.copyOf(columns);
        }
    }

    record Unknown(String why) implements Columns {
    }
}
