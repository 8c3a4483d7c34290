package dev.modelsense.sql;

import net.sf.jsqlparser.statement.Statement;

/** How one budgeted JSqlParser run ended. */
sealed interface ParseOutcome {

    record Parsed(Statement statement) implements ParseOutcome {
    }

    /** The grammar rejected the text; {@code line} and {@code column} are JSqlParser's 1-based token position. */
    record Rejected(int line, int column, String unexpected, boolean atEnd, String detail) implements ParseOutcome {
        Rejected restoredBy(KeywordShield shield) {
            return new Rejected(line, column, shield.restore(unexpected), atEnd, shield.restore(detail));
        }
    }

    record OutOfTime() implements ParseOutcome {
    }

    /** The parser itself broke (stack overflow, rejected task, interruption): nothing can be said about the SQL. */
    record Broken(String why) implements ParseOutcome {
    }
}
