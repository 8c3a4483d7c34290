package dev.modelsense.sql;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Small helpers shared by the SQL analysis tests. */
final class Analyzers {

    private Analyzers() {
    }

    static SqlAnalyzer generous(ExecutorService threads) {
        return new SqlAnalyzer(Duration.ofSeconds(10), threads);
    }

    static UpstreamColumns upstream(Map<String, List<String>> relations) {
        return relation -> Optional.ofNullable(relations.get(relation));
    }

    static List<String> names(SqlAnalysis analysis) {
        Columns.Known known = assertInstanceOf(Columns.Known.class, analysis.columns(),
                () -> "columns unknown: " + analysis.columns());
        return known.columns().stream().map(OutputColumn::name).toList();
    }

    static String unknownReason(SqlAnalysis analysis) {
        return assertInstanceOf(Columns.Unknown.class, analysis.columns(), () -> "columns known: " + analysis.columns())
                .why();
    }
}
