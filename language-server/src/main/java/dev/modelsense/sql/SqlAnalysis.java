package dev.modelsense.sql;

import java.util.List;
import java.util.Optional;

/**
 * What the analyser learned about one compiled statement. A syntax error always comes with unknown columns.
 * {@code conditions} are the upstream columns that filter or join rows ({@link LineageKind#FILTER},
 * {@link LineageKind#JOIN}); {@code uses} are the direct references to upstream relation columns.
 */
public record SqlAnalysis(Optional<SyntaxError> syntaxError, Columns columns, boolean timedOut,
                          List<ColumnOrigin> conditions, List<ColumnUse> uses) {

    public SqlAnalysis {
        conditions = List.copyOf(conditions);
        uses = List.copyOf(uses);
    }

    public SqlAnalysis(Optional<SyntaxError> syntaxError, Columns columns, boolean timedOut) {
        this(syntaxError, columns, timedOut, List.of(), List.of());
    }

    static SqlAnalysis unknown(String why) {
        return new SqlAnalysis(Optional.empty(), new Columns.Unknown(why), false);
    }
}
