package dev.modelsense.sql;

import java.util.Locale;

/** An identifier as written: its text without quotes and whether it was quoted. */
record Identifier(String name, boolean quoted) {

    static Identifier parse(String written) {
        if (written.length() >= 2) {
            char first = written.charAt(0);
            char last = written.charAt(written.length() - 1);
            if ((first == '"' && last == '"') || (first == '`' && last == '`')) {
                String inner = written.substring(1, written.length() - 1);
                String doubled = String.valueOf(first) + first;
                return new Identifier(inner.replace(doubled, String.valueOf(first)), true);
            }
            if (first == '[' && last == ']') {
                return new Identifier(written.substring(1, written.length() - 1), true);
            }
        }
        return new Identifier(written, false);
    }

    /** The key two names match on. Warehouses differ in how they fold unquoted case; matching ignores case so a
     *  CTE or column is found however the warehouse folds it. */
    String key() {
        return name.toLowerCase(Locale.ROOT);
    }
}
