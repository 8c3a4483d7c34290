package dev.modelsense.cli;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.Codes;
import dev.modelsense.conventions.ConventionChecks;
import dev.modelsense.conventions.ConventionsLoader;
import dev.modelsense.conventions.Finding;
import dev.modelsense.conventions.Fix;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.lineage.ColumnLineage;
import dev.modelsense.project.DiskFileSource;
import dev.modelsense.services.FixEdits;
import dev.modelsense.services.QuickFixes;
import dev.modelsense.sql.SqlAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conventions fixtures of testdata: {@code subscriptions_violations} breaks every rule on purpose and reports
 * exactly its golden findings; {@code subscriptions_clean}, its twin, reports none; the violations' quick fixes,
 * applied one after another, leave a project that compiles and no longer has the findings they fixed.
 */
class ConventionFixturesTest extends ConsoleCapture {

    private static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();

    @TempDir
    Path dir;


    @Test
    void theViolationsProjectReportsItsGoldenFindingsAndCoversEveryRule() throws IOException {
        Path project = copy("subscriptions_violations");
        assertEquals(1, Main.run(new String[] {"check", project.toString()}), out::toString);
        String golden = Files.readString(TESTDATA.resolve("golden/subscriptions_violations/check.txt"));
        assertEquals(golden, out.toString(StandardCharsets.UTF_8));

        Set<String> reported = new TreeSet<>();
        golden.lines().filter(line -> line.contains("["))
                .forEach(line -> reported.add(line.substring(line.indexOf('[') + 1, line.indexOf(']'))));
        Set<String> expected = new TreeSet<>(Codes.ALL);
        expected.remove(Codes.CONFIG); // a broken modelsense.yml has tests of its own
        assertEquals(expected, reported, "every rule is broken once in the fixture");
    }

    @Test
    void theCleanTwinReportsNothing() throws IOException {
        Path project = copy("subscriptions_clean");
        assertEquals(0, Main.run(new String[] {"check", project.toString(), "--fail-on", "warning"}), out::toString);
        assertEquals("0 findings (0 errors, 0 warnings, 0 info) in 7 models", out.toString().strip());
    }

    @Test
    void quickFixesAppliedOneByOneLeaveACompilingProjectWithoutTheFindingsTheyFixed() throws IOException {
        Path project = copy("subscriptions_violations");
        Set<String> attempted = new HashSet<>();
        List<String> fixed = new ArrayList<>();
        for (int round = 0; round < 50; round++) {
            ProjectSnapshot snapshot = compile(project);
            assertFalse(snapshot.hasErrors(), () -> snapshot.allProblems().toString());
            ColumnLineage lineage = new ColumnLineage(analyzer());
            Optional<Map.Entry<Finding, FixEdits>> next = findings(snapshot).stream()
                    .filter(finding -> resolvingFix(finding).isPresent() && attempted.add(key(snapshot, finding)))
                    .flatMap(finding -> QuickFixes.edits(snapshot, new DiskFileSource(), lineage,
                            resolvingFix(finding).get()).stream().map(edits -> Map.entry(finding, edits)))
                    .findFirst();
            if (next.isEmpty()) {
                break;
            }
            apply(next.get().getValue());
            fixed.add(key(snapshot, next.get().getKey()));
        }
        ProjectSnapshot after = compile(project);
        assertFalse(after.hasErrors(), () -> after.allProblems().toString());
        Set<String> remaining = new HashSet<>();
        findings(after).forEach(finding -> remaining.add(key(after, finding)));
        assertTrue(fixed.size() >= 8, "fixes applied: " + fixed);
        for (String key : fixed) {
            assertFalse(remaining.contains(key), () -> key + " is still reported after its fix: " + remaining);
        }
        String renamed = Files.readString(project.resolve("models/intermediate/int_subscriptions__invoiced.sql"));
        assertTrue(renamed.contains("as N_INVOICES_PAID"), renamed);
        String yaml = Files.readString(project.resolve("models/staging/app/_app__models.yml"));
        assertTrue(yaml.contains("- name: N_INVOICES_PAID") || Files.readString(
                project.resolve("models/intermediate/_intermediate__models.yml")).contains("- name: N_INVOICES_PAID"));
    }

    /**
     * The fix that resolves the finding itself: a rename or a description stub, or the tests of an untested key. (The
     * tests a column's prefix implies ride along on its other findings as a second action; they resolve none.)
     */
    private static Optional<Fix> resolvingFix(Finding finding) {
        return finding.fixes().stream().filter(fix -> !(fix instanceof Fix.RenameModel))
                .filter(fix -> !(fix instanceof Fix.AddTests) || finding.code().equals(Codes.PRIMARY_KEY_UNTESTED))
                .findFirst();
    }

    private static String key(ProjectSnapshot snapshot, Finding finding) {
        String file = finding.problem().file() == null ? "-"
                : snapshot.project().root().root().relativize(finding.problem().file()).toString();
        return finding.code() + "@" + file + ":" + finding.problem().line() + ":" + finding.problem().message();
    }

    private static void apply(FixEdits edits) throws IOException {
        for (Path file : edits.files()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, edits.applied(file));
        }
    }

    private static final java.util.concurrent.ExecutorService PARSER =
            java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "fixtures-test-parser");
                thread.setDaemon(true);
                return thread;
            });

    private static SqlAnalyzer analyzer() {
        return new SqlAnalyzer(java.time.Duration.ofSeconds(10), PARSER);
    }

    private static List<Finding> findings(ProjectSnapshot snapshot) {
        return new ConventionChecks(new SqlChecks(analyzer())).checkAll(snapshot,
                ConventionsLoader.load(snapshot.project()));
    }

    private static ProjectSnapshot compile(Path root) {
        CompileRequest request = new CompileRequest(root, null, null, Map.of(), Map.of(), root.resolve("no-home"),
                MetadataCache.EMPTY, 2);
        return new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource()).compile(request);
    }

    private Path copy(String name) throws IOException {
        Path from = TESTDATA.resolve("projects").resolve(name);
        Path to = dir.resolve(name);
        try (Stream<Path> paths = Files.walk(from)) {
            paths.filter(path -> !from.relativize(path).startsWith("target")).forEach(path -> {
                try {
                    Path target = to.resolve(from.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(path, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
