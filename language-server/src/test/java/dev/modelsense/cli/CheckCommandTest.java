package dev.modelsense.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.modelsense.compile.TestProjects;
import dev.modelsense.report.JUnitReportTest;
import dev.modelsense.report.SarifReportTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code modelsense check} run in-process on small projects, as a CI job runs it. */
class CheckCommandTest extends ConsoleCapture {

    @TempDir
    Path dir;


    private Path project(boolean broken) {
        TestProjects project = TestProjects.in(dir)
                .file("models/staging/stg_orders.sql", "select 1 as order_id, 2 as customer_id")
                .file("models/staging/stg_customers.sql", "select 2 as customer_id")
                .file("models/marts/orders.sql", "select o.order_id from {{ ref('stg_orders') }} o")
                .file("models/marts/customers.sql", "select customer_id from {{ ref('stg_customers') }}");
        if (broken) {
            project.file("models/marts/broken.sql", "select *\nfrom {{ ref('stg_ordrs') }}");
        }
        project.compile();
        return dir;
    }

    private int check(String... args) {
        List<String> all = new ArrayList<>(List.of("check"));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new));
    }

    @Test
    void aCleanProjectPassesWithASummary() {
        Path root = project(false);
        assertEquals(0, check(root.toString()), () -> out + "\n" + err);
        assertEquals("0 findings (0 errors, 0 warnings, 0 info) in 4 models", out.toString().strip());
    }

    @Test
    void aModelThatDoesNotCompileIsAFindingThatFailsTheRun() {
        Path root = project(true);
        assertEquals(1, check(root.toString()), () -> out + "\n" + err);
        assertTrue(out.toString().contains("models/marts/broken.sql:2:9: error[ref-unknown]: "), out::toString);
        assertTrue(out.toString().contains("1 finding (1 error, 0 warnings, 0 info) in 5 models"), out::toString);
        out.reset();
        assertEquals(0, check(root.toString(), "--fail-on", "never"));
        assertTrue(out.toString().contains("error[ref-unknown]"));
    }

    @Test
    void aQueryThatDoesNotParseIsReportedUnlessTheModelIgnoresIt() {
        Path root = project(false);
        TestProjects.in(dir).file("models/marts/unparsed.sql", "select id,, name\nfrom {{ ref('stg_orders') }}")
                .file("models/marts/ignored.sql", "-- modelsense: ignore=sql-syntax\nselect id,, name from x")
                .compile();
        assertEquals(1, check(root.toString()), () -> out + "\n" + err);
        assertTrue(out.toString().contains("models/marts/unparsed.sql:1:"), out::toString);
        assertTrue(out.toString().contains("error[sql-syntax]"), out::toString);
        assertFalse(out.toString().contains("ignored.sql"), out::toString);
        out.reset();
        Path conventions = root.resolve("modelsense.yml");
        try {
            java.nio.file.Files.writeString(conventions, "severities: {sql-syntax: warning}\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(0, check(root.toString()), () -> out + "\n" + err);
        assertTrue(out.toString().contains("warning[sql-syntax]"), out::toString);
    }

    @Test
    void selectionLimitsWhatIsChecked() {
        Path root = project(true);
        assertEquals(0, check(root.toString(), "--select", "stg_orders+", "--exclude", "broken"),
                () -> out + "\n" + err);
        assertTrue(out.toString().contains("in 2 models"), out::toString);
    }

    @Test
    void jsonReportToAFile() throws IOException {
        Path root = project(true);
        Path report = dir.resolve("reports/check.json");
        assertEquals(1, check(root.toString(), "--format", "json", "--output", report.toString()));
        assertEquals("", out.toString(), "the report goes to the file");
        assertTrue(err.toString().contains("1 finding"), err::toString);
        JsonObject json = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        JsonObject finding = json.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals("ref-unknown", finding.get("code").getAsString());
        assertEquals("models/marts/broken.sql", finding.get("file").getAsString());
        assertEquals(2, finding.get("line").getAsInt());
        assertEquals("broken", finding.get("model").getAsString());
    }

    @Test
    void sarifReportValidates() throws IOException {
        Path root = project(true);
        assertEquals(1, check(root.toString(), "--format", "sarif"));
        assertEquals(List.of(), SarifReportTest.validator().validate(out.toString()), out::toString);
        assertTrue(out.toString().contains("\"uri\": \"models/marts/broken.sql\""), out::toString);
    }

    @Test
    void junitReportParses() throws Exception {
        Path root = project(true);
        assertEquals(1, check(root.toString(), "--format", "junit"));
        var suites = JUnitReportTest.parse(out.toString()).getDocumentElement();
        JUnitReportTest.assertCountsAddUp(suites);
        assertEquals("5", suites.getAttribute("tests"));
        assertEquals("1", suites.getAttribute("errors"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        Path root = project(false);
        assertEquals(2, check(root.toString(), "--format", "html"));
        assertEquals(2, check(root.toString(), "--fail-on", "sometimes"));
        assertEquals(2, check(root.toString(), "--changed-since", "main"), "not a git repository");
        assertTrue(err.toString().contains("is not inside a git repository"), err::toString);
    }

    @Test
    void changedSinceReportsChangedModelsAndTheirChildren() throws Exception {
        Path root = project(true);
        git(root, "init", "-q", "-b", "main");
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "base");
        git(root, "checkout", "-q", "-b", "feature");
        // committed on the branch: stg_orders breaks (its child orders is reported with it)
        Files.writeString(root.resolve("models/staging/stg_orders.sql"),
                "select 1 as order_id from {{ ref('nowhere') }}");
        git(root, "commit", "-q", "-am", "change stg_orders");
        // uncommitted edit to a YAML entry, and an untracked new model
        Files.writeString(root.resolve("models/marts/schema.yml"),
                "version: 2\nmodels:\n  - name: customers\n    description: Customers\n");
        Files.writeString(root.resolve("models/marts/new_model.sql"), "select * from {{ ref('missing') }}");

        assertEquals(1, check(root.toString(), "--changed-since", "main", "--format", "json"),
                () -> out + "\n" + err);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        Set<String> files = json.getAsJsonArray("findings").asList().stream()
                .map(f -> f.getAsJsonObject().get("file").getAsString()).collect(Collectors.toSet());
        assertEquals(Set.of("models/staging/stg_orders.sql", "models/marts/new_model.sql"), files,
                "broken.sql did not change: its error is not reported");
        assertEquals(4, json.getAsJsonObject("summary").get("models").getAsInt(),
                "stg_orders, its child orders, customers (YAML changed) and new_model");

        out.reset();
        assertEquals(2, check(root.toString(), "--changed-since", "no-such-branch"));
        assertTrue(err.toString().contains("Unknown git ref 'no-such-branch'"), err::toString);
    }

    @Test
    void changedSinceWithNothingChangedReportsNothing() throws Exception {
        Path root = project(true);
        git(root, "init", "-q", "-b", "main");
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "base");
        assertEquals(0, check(root.toString(), "--changed-since", "HEAD"), () -> out + "\n" + err);
        assertTrue(out.toString().contains("0 findings") && out.toString().contains("in 0 models"), out::toString);
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), () -> String.join(" ", command) + "\n" + output);
        assertFalse(output.contains("fatal"), output);
    }
}
