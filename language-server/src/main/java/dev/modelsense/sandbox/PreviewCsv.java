package dev.modelsense.sandbox;

import java.io.IOException;
import java.util.List;

/** Writes a preview as RFC 4180 CSV (header row, CRLF line ends, quotes where needed, empty for null). */
public final class PreviewCsv {

    private PreviewCsv() {
    }

    public static void write(Preview preview, Appendable out) throws IOException {
        writeRow(preview.columns().stream().map(c -> (Object) c.name()).toList(), out);
        for (List<Object> row : preview.rows()) {
            writeRow(row, out);
        }
    }

    public static String toCsv(Preview preview) {
        StringBuilder out = new StringBuilder();
        try {
            write(preview, out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    private static void writeRow(List<Object> values, Appendable out) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values.get(i);
            if (value != null) {
                out.append(field(value.toString()));
            }
        }
        out.append("\r\n");
    }

    private static String field(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || (!text.isEmpty() && (text.charAt(0) == ' '
                || text.charAt(text.length() - 1) == ' '));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
