package dev.modelsense.sql;

/**
 * JSqlParser ends a statement at two consecutive blank lines, which Jinja leaves all over rendered models (a removed
 * config block, a loop that printed nothing). The parser gets the text with such runs folded: the first line break
 * of a run stays, the rest become spaces, so every offset still points at the same character.
 */
final class BlankLines {

    private BlankLines() {
    }

    static String fold(String sql) {
        StringBuilder folded = null;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            if (sql.charAt(i) != '\n') {
                i++;
                continue;
            }
            int end = i + 1;
            int breaks = 1;
            int lastBreak = i;
            while (end < n && (sql.charAt(end) == '\n' || sql.charAt(end) == '\r' || sql.charAt(end) == ' '
                    || sql.charAt(end) == '\t')) {
                if (sql.charAt(end) == '\n') {
                    breaks++;
                    lastBreak = end;
                }
                end++;
            }
            if (breaks >= 3) {
                if (folded == null) {
                    folded = new StringBuilder(sql);
                }
                for (int k = i + 1; k <= lastBreak; k++) {
                    folded.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return folded == null ? sql : folded.toString();
    }
}
