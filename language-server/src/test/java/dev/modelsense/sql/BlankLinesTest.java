package dev.modelsense.sql;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlankLinesTest {

    @Test
    void foldsRunsOfBlankLinesKeepingLengthAndTheFirstBreak() {
        String sql = "\n\n\nselect 1\n\n  \n\nfrom t\n\nwhere x";
        String folded = BlankLines.fold(sql);
        assertEquals(sql.length(), folded.length());
        assertEquals("\n  select 1\n     from t\n\nwhere x", folded);
    }

    @Test
    void renderedModelsWithBlankLineRunsParseAndErrorsKeepTheirLine() {
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            SqlAnalyzer analyzer = new SqlAnalyzer(Duration.ofSeconds(5), threads);
            String valid = "\n\n\n\nwith a as (select 1 as id)\n\n\n\nselect id from a\n";
            assertTrue(analyzer.analyze(valid, SqlDialect.of("duckdb"), UpstreamColumns.NONE).syntaxError().isEmpty());
            String broken = "\n\n\nselect id,\n\n\nfrom a\n";
            SyntaxError error = analyzer.analyze(broken, SqlDialect.of("duckdb"), UpstreamColumns.NONE).syntaxError()
                    .orElseThrow();
            assertTrue(error.line() == 3 || error.line() == 6, error::toString);
        } finally {
            threads.shutdownNow();
        }
    }
}
