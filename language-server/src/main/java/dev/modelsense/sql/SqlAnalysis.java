package dev.modelsense.sql;

import java.util.Optional;

/** What the analyser learned about one compiled statement. A syntax error always comes with unknown columns. */
public record SqlAnalysis(Optional<SyntaxError> syntaxError, Columns columns, boolean timedOut) {

    static SqlAnalysis unknown(String why) {
        return new SqlAnalysis(Optional.empty(), new Columns.Unknown(why), false);
    }
}
