package dev.modelsense.conventions;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.sql.SqlAnalyzer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Helpers for convention tests: a contract from YAML text, the checks, and positions in raw model text. */
final class ConventionsFixture {

    private ConventionsFixture() {
    }

    /** The {@code columns:} section given as YAML text, parsed as modelsense.yml's reader hands it over. */
    static ColumnContract contract(String yaml, List<String> errors) {
        Node node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        return ColumnContractConfig.parse(node, (at, message) ->
                errors.add((((Node) at).getStartMark().getLine()) + ":" + ((Node) at).getStartMark().getColumn()
                        + " " + message));
    }

    static Conventions with(ColumnContract contract) {
        Conventions defaults = Conventions.defaults();
        return new Conventions(contract, defaults.naming(), defaults.layers(), defaults.documentation(), Map.of(),
                defaults.exemptions(), List.of());
    }

    static List<Finding> check(ExecutorService threads, ProjectSnapshot snapshot, Conventions conventions) {
        ConventionChecks checks = new ConventionChecks(new SqlChecks(new SqlAnalyzer(Duration.ofSeconds(10), threads)));
        return checks.checkAll(snapshot, conventions);
    }

    static List<Finding> of(List<Finding> findings, String nodeName, String code) {
        List<Finding> result = new ArrayList<>();
        for (Finding finding : findings) {
            if (finding.code().equals(code) && finding.nodeId() != null && finding.nodeId().endsWith("." + nodeName)) {
                result.add(finding);
            }
        }
        return result;
    }

    /** The 0-based line and column of {@code token} on the first line of {@code text} that contains {@code line}. */
    static int[] at(String text, String line, String token) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(line)) {
                int column = lines[i].indexOf(token, lines[i].indexOf(line));
                if (column < 0) {
                    column = lines[i].indexOf(token);
                }
                return new int[] {i, column};
            }
        }
        throw new AssertionError("no line contains " + line);
    }

    static void assertAt(int[] expected, Problem problem) {
        assertEquals(expected[0] + ":" + expected[1], problem.line() + ":" + problem.column(), problem.message());
    }
}
