package dev.modelsense.project;

import java.util.ArrayList;
import java.util.List;

/** Reads what the engine needs from a seed's CSV text without loading its rows. */
public final class SeedCsv {

    private SeedCsv() {}

    /**
     * The header's column names: RFC 4180 quoting ({@code "a,b"}, doubled quotes, line breaks inside quotes),
     * a UTF-8 byte order mark stripped, surrounding whitespace kept as written except the line ending.
     * Empty for an empty file.
     */
    public static List<String> seedColumns(String csvText) {
        List<String> columns = new ArrayList<>();
        if (csvText == null || csvText.isEmpty()) {
            return columns;
        }
        int i = csvText.charAt(0) == '\uFEFF' ? 1 : 0;
        if (i >= csvText.length()) {
            return columns;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (i < csvText.length()) {
            char c = csvText.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csvText.length() && csvText.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                columns.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                break;
            } else {
                field.append(c);
            }
            i++;
        }
        columns.add(field.toString());
        return columns;
    }
}
