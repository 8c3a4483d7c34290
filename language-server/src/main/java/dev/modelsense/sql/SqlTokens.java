package dev.modelsense.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A forgiving, linear-time tokenizer for the cheap checks that run before and after JSqlParser: nesting depth and
 * constructs the grammar lacks. It never fails; an unclosed string or comment simply runs to the end of the text.
 */
final class SqlTokens {

    enum Kind { WORD, QUOTED_NAME, STRING, NUMBER, SYMBOL }

    /** {@code lower} is the lower-cased text of words and the text of everything else. */
    record Token(Kind kind, String lower, int offset) {
        boolean is(String text) {
            return lower.equals(text);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && lower.equals(word);
        }
    }

    private final String sql;
    private final boolean backslashEscapes;
    private final boolean slashSlashComments;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    private SqlTokens(String sql, SqlDialect dialect) {
        this.sql = sql;
        this.backslashEscapes = dialect.backslashEscapes();
        this.slashSlashComments = dialect.slashSlashComments();
    }

    static List<Token> of(String sql, SqlDialect dialect) {
        SqlTokens tokenizer = new SqlTokens(sql, dialect);
        tokenizer.scan();
        return tokenizer.tokens;
    }

    /** Deepest nesting of brackets and CASE ... END, the shapes that make JSqlParser's lookahead explode. */
    static int nestingDepth(List<Token> tokens) {
        int depth = 0;
        int deepest = 0;
        for (Token token : tokens) {
            if (token.is("(") || token.is("[") || token.is("{") || token.isWord("case")) {
                deepest = Math.max(deepest, ++depth);
            } else if (token.is(")") || token.is("]") || token.is("}") || token.isWord("end")) {
                depth = Math.max(0, depth - 1);
            }
        }
        return deepest;
    }

    /** Whether two tokens touch, as the characters of one operator do. */
    static boolean adjacent(Token first, Token second) {
        return second.offset() == first.offset() + first.lower().length();
    }

    /** Whether the tokens hold {@code //} outside strings and comments. */
    static boolean hasSlashSlash(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("/") && tokens.get(i + 1).is("/") && adjacent(tokens.get(i), tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private void scan() {
        int length = sql.length();
        while (at < length) {
            char c = sql.charAt(at);
            int start = at;
            if (Character.isWhitespace(c)) {
                at++;
            } else if ((c == '-' && peek(1) == '-') || (slashSlashComments && c == '/' && peek(1) == '/')) {
                skipPast("\n");
            } else if (c == '/' && peek(1) == '*') {
                at += 2;
                skipPast("*/");
            } else if (c == '\'') {
                skipQuoted('\'', backslashEscapes);
                add(Kind.STRING, start);
            } else if (c == '"' || c == '`') {
                skipQuoted(c, false);
                add(Kind.QUOTED_NAME, start);
            } else if (c == '$' && peek(1) == '$') {
                at += 2;
                skipPast("$$");
                add(Kind.STRING, start);
            } else if (Character.isLetter(c) || c == '_') {
                while (at < length && isWordPart(sql.charAt(at))) {
                    at++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, at).toLowerCase(Locale.ROOT), start));
            } else if (Character.isDigit(c)) {
                while (at < length && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '.')) {
                    at++;
                }
                add(Kind.NUMBER, start);
            } else {
                at++;
                add(Kind.SYMBOL, start);
            }
        }
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private char peek(int ahead) {
        int index = at + ahead;
        return index < sql.length() ? sql.charAt(index) : '\0';
    }

    private void skipPast(String terminator) {
        int end = sql.indexOf(terminator, at);
        at = end < 0 ? sql.length() : end + terminator.length();
    }

    /** Skips a quoted run where a doubled quote stands for one quote character. */
    private void skipQuoted(char quote, boolean backslash) {
        at++;
        while (at < sql.length()) {
            char c = sql.charAt(at++);
            if (backslash && c == '\\') {
                at++;
            } else if (c == quote) {
                if (peek(0) != quote) {
                    return;
                }
                at++;
            }
        }
        at = sql.length();
    }

    private void add(Kind kind, int start) {
        tokens.add(new Token(kind, sql.substring(start, Math.min(at, sql.length())), start));
    }
}
