package dev.modelsense.sandbox;

import org.postgresql.util.PSQLException;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where in the statement a warehouse says its error is: PostgreSQL gives a character position, DuckDB a LINE. */
final class ErrorPositions {

    private static final Pattern LINE = Pattern.compile("LINE (\\d+):");

    private ErrorPositions() {
    }

    /** 0-based line within {@code sql}, or -1 when the driver does not say. */
    static int statementLine(SQLException e, String sql) {
        if (e instanceof PSQLException pg && pg.getServerErrorMessage() != null
                && pg.getServerErrorMessage().getPosition() > 0) {
            int offset = Math.min(sql.length(), pg.getServerErrorMessage().getPosition() - 1);
            return (int) sql.substring(0, offset).chars().filter(c -> c == '\n').count();
        }
        Matcher m = LINE.matcher(e.getMessage() == null ? "" : e.getMessage());
        return m.find() ? Integer.parseInt(m.group(1)) - 1 : -1;
    }
}
