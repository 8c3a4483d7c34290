package dev.modelsense.sql;

import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Position;

import java.util.List;

/** Turns JSqlParser's rejection into an error placed in the analysed text, with a message a dbt user recognises. */
final class SyntaxErrors {

    private SyntaxErrors() {
    }

    /** {@code parsed} is the text the parser saw, {@code sql} the original of the same length. */
    static SyntaxError of(ParseOutcome.Rejected rejected, String parsed, String sql, List<SqlTokens.Token> tokens) {
        // JSqlParser counts 1-based lines split at \n, \r\n or \r and 1-based columns in UTF-16 units with a tab as
        // one column: exactly LineIndex's positions plus one, in the text it parsed.
        LineIndex lines = LineIndex.of(sql);
        int offset = LineIndex.of(parsed).offsetAt(new Position(Math.max(0, rejected.line() - 1), Math.max(0, rejected.column() - 1)));
        if (unclosedQuote(rejected) && !tokens.isEmpty()) {
            // The tokenizer reports the end of the text; the user needs the quote that was never closed.
            offset = tokens.get(tokens.size() - 1).offset();
        }
        Position position = lines.positionAt(offset);
        return new SyntaxError(offset, position.line(), position.character(), message(rejected, offset, tokens));
    }

    private static String message(ParseOutcome.Rejected rejected, int offset, List<SqlTokens.Token> tokens) {
        if (rejected.atEnd()) {
            return "SQL syntax error: the statement ends too early (an unclosed parenthesis or CASE?)";
        }
        if (BudgetedParser.SECOND_STATEMENT.equals(rejected.detail())) {
            return "SQL syntax error: a model is a single statement, but another one starts here";
        }
        if (unclosedQuote(rejected)) {
            return "SQL syntax error: a string or quoted name is not closed";
        }
        if (rejected.unexpected() == null) {
            return "SQL syntax error: unexpected character";
        }
        int index = tokenAt(tokens, offset);
        if (index >= 0 && tokens.get(index).is(",") && index + 1 < tokens.size()) {
            SqlTokens.Token next = tokens.get(index + 1);
            if (next.isWord("from")) {
                return "SQL syntax error: trailing comma before FROM";
            }
            if (next.is(")")) {
                return "SQL syntax error: trailing comma before ')'";
            }
        }
        return "SQL syntax error: unexpected '" + rejected.unexpected() + "'";
    }

    private static boolean unclosedQuote(ParseOutcome.Rejected rejected) {
        return rejected.unexpected() == null && rejected.detail().contains("Encountered: <EOF>");
    }

    private static int tokenAt(List<SqlTokens.Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).offset() == offset) {
                return i;
            }
        }
        return -1;
    }
}
