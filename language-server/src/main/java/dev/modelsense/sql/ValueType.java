package dev.modelsense.sql;

/** The broad type of a column's values, as far as static analysis or declarations can tell. */
public enum ValueType {
    BOOLEAN, INTEGER, DECIMAL, FLOAT, STRING, DATE, TIMESTAMP, TIME, BINARY, JSON, OTHER;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == FLOAT;
    }
}
