package dev.modelsense.compile;

/**
 * A small lexer over compiled SQL: words, whitespace, comments, quoted strings and identifiers, and punctuation,
 * with the parenthesis depth of each token. Enough to find top-level keywords without a full parser.
 */
final class SqlScanner {

    enum Kind { WORD, WHITESPACE, COMMENT, QUOTED, PUNCTUATION }

    record Token(Kind kind, int start, int end, int depth, String text) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }
    }

    private final String sql;
    private int pos;
    private int depth;

    SqlScanner(String sql) {
        this.sql = sql;
    }

    Token next() {
        if (pos >= sql.length()) {
            return null;
        }
        int start = pos;
        char c = sql.charAt(pos);
        Kind kind;
        int tokenDepth = depth;
        if (Character.isWhitespace(c)) {
            while (pos < sql.length() && Character.isWhitespace(sql.charAt(pos))) {
                pos++;
            }
            kind = Kind.WHITESPACE;
        } else if (c == '-' && peek(1) == '-') {
            int eol = sql.indexOf('\n', pos);
            pos = eol < 0 ? sql.length() : eol + 1;
            kind = Kind.COMMENT;
        } else if (c == '/' && peek(1) == '*') {
            int close = sql.indexOf("*/", pos + 2);
            pos = close < 0 ? sql.length() : close + 2;
            kind = Kind.COMMENT;
        } else if (c == '\'' || c == '"' || c == '`') {
            pos = closingQuote(c);
            kind = Kind.QUOTED;
        } else if (Character.isLetterOrDigit(c) || c == '_') {
            while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '_'
                    || sql.charAt(pos) == '$')) {
                pos++;
            }
            kind = Kind.WORD;
        } else {
            pos++;
            kind = Kind.PUNCTUATION;
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
                tokenDepth = depth;
            }
        }
        return new Token(kind, start, pos, tokenDepth, sql.substring(start, pos));
    }

    private int closingQuote(char quote) {
        int i = pos + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote == '\'' && i + 1 < sql.length()) {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < sql.length() ? sql.charAt(i) : '\0';
    }
}
