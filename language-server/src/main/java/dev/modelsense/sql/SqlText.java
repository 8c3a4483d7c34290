package dev.modelsense.sql;

import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Position;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.SimpleNode;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.schema.Table;

import java.util.Optional;

/** Where parsed nodes are in the SQL text, and a relation name exactly as written there. */
final class SqlText {

    private final String sql;
    private final LineIndex lines;

    SqlText(String sql, LineIndex lines) {
        this.sql = sql;
        this.lines = lines;
    }

    record Span(int offset, int length) {
        static final Span NONE = new Span(0, 0);
    }

    Span span(ASTNodeAccess node) {
        SimpleNode tree = node.getASTNode();
        if (tree == null || tree.jjtGetFirstToken() == null || tree.jjtGetLastToken() == null) {
            return Span.NONE;
        }
        Token first = tree.jjtGetFirstToken();
        Token last = tree.jjtGetLastToken();
        int start = offset(first.beginLine, first.beginColumn);
        int end = offset(last.endLine, last.endColumn) + 1;
        return new Span(start, Math.max(0, end - start));
    }

    /** The relation name exactly as written: the table node also covers its alias, so read name parts and dots. */
    Optional<String> relationName(Table table) {
        Span span = span(table);
        if (span.length() == 0) {
            return Optional.empty();
        }
        int end = span.offset();
        while (end < sql.length()) {
            char c = sql.charAt(end);
            if (c == '"' || c == '`' || c == '[') {
                int close = sql.indexOf(c == '[' ? ']' : c, end + 1);
                if (close < 0) {
                    return Optional.empty();
                }
                end = close + 1;
            } else {
                while (end < sql.length() && isNamePart(sql.charAt(end))) {
                    end++;
                }
            }
            if (end >= sql.length() || sql.charAt(end) != '.') {
                break;
            }
            end++;
        }
        return Optional.of(sql.substring(span.offset(), end));
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-';
    }

    /** JSqlParser's 1-based line and column (UTF-16 units, a tab is one column) as an offset into the SQL. */
    private int offset(int line, int column) {
        return lines.offsetAt(new Position(Math.max(0, line - 1), Math.max(0, column - 1)));
    }

}
