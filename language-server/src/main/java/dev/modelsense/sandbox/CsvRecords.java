package dev.modelsense.sandbox;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 records: quoted fields with doubled quotes and line breaks, CRLF or LF, a UTF-8 BOM dropped. */
final class CsvRecords {

    private CsvRecords() {
    }

    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return records;
        }
        int i = text.charAt(0) == '\uFEFF' ? 1 : 0;
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
