package dev.modelsense.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI as a user runs it, on a copy of a testdata project. */
class CliTest extends ConsoleCapture {

    private static final Path TESTDATA = Path.of(System.getProperty("modelsense.testdata", "../testdata"));

    @TempDir
    Path dir;


    @Test
    void compileWritesCompiledSqlWhereDbtDoesAndSucceeds() throws IOException {
        Path project = copyProject("jaffle_shop_duckdb");
        int exit = Main.run("compile", project.toString());
        assertEquals(0, exit, () -> out + "\n" + err);
        Path compiled = project.resolve("target/compiled/jaffle_shop/models/marts/customers.sql");
        assertTrue(Files.exists(compiled), out::toString);
        assertTrue(Files.readString(compiled).contains("\"jaffle_shop\".\"main_staging\".\"stg_customers\""));
        assertFalse(Files.exists(project.resolve("target/compiled/jaffle_shop/snapshots")),
                "dbt does not write compiled snapshots");
        assertTrue(out.toString().contains("0 failed"), out::toString);
    }

    @Test
    void selectionLimitsWhatIsWritten() throws IOException {
        Path project = copyProject("jaffle_shop_duckdb");
        assertEquals(0, Main.run("compile", project.toString(), "--select", "stg_orders"));
        assertTrue(Files.exists(project.resolve("target/compiled/jaffle_shop/models/staging/stg_orders.sql")));
        assertFalse(Files.exists(project.resolve("target/compiled/jaffle_shop/models/marts/customers.sql")));
    }

    @Test
    void aBrokenModelFailsTheRunWithItsPosition() throws IOException {
        Path project = copyProject("jaffle_shop_duckdb");
        Files.writeString(project.resolve("models/staging/stg_broken.sql"), "select *\nfrom {{ ref('stg_ordrs') }}");
        int exit = Main.run("compile", project.toString());
        assertEquals(1, exit);
        assertTrue(err.toString().contains("models/staging/stg_broken.sql:2:9: error[ref-unknown]"), err::toString);
        assertTrue(err.toString().contains("Did you mean 'stg_orders'?"), err::toString);
    }

    @Test
    void lsPrintsSelectedNodesAsDbtDoes() throws IOException {
        Path project = copyProject("jaffle_shop_duckdb");
        assertEquals(0, Main.run("ls", project.toString(), "--select", "+customers", "--resource-type", "model",
                "--output", "name"));
        String listed = out.toString();
        assertTrue(listed.contains("customers\n") && listed.contains("stg_orders\n"), listed);
        assertFalse(listed.contains("orders_snapshot"), listed);
    }

    @Test
    void lsJsonHasOneObjectPerLine() throws IOException {
        Path project = copyProject("jaffle_shop_duckdb");
        assertEquals(0, Main.run("ls", project.toString(), "--select", "stg_orders", "--output", "json",
                "--resource-type", "model"));
        String line = out.toString().strip();
        assertTrue(line.startsWith("{\"name\":\"stg_orders\""), line);
        assertTrue(line.contains("\"unique_id\":\"model.jaffle_shop.stg_orders\""), line);
    }

    @Test
    void varsOverrideProjectVars() throws IOException {
        Path project = copyProject("jaffle_shop_duckdb");
        assertEquals(0, Main.run("compile", project.toString(), "--vars", "{payment_methods: [cash]}",
                "--select", "int_order_payments"));
        String sql = Files.readString(project.resolve(
                "target/compiled/jaffle_shop/models/intermediate/int_order_payments.sql"));
        assertTrue(sql.contains("'cash'"), sql);
        assertFalse(sql.contains("'credit_card'"), sql);
    }

    private Path copyProject(String name) throws IOException {
        Path source = TESTDATA.resolve("projects").resolve(name);
        Path target = dir.resolve(name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path relative = source.relativize(path);
                if (relative.startsWith("target")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isSymbolicLink(path)) {
                    Path real = path.toRealPath();
                    copyTree(real, copy);
                } else if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else if (!Files.exists(copy)) {
                    Files.createDirectories(copy.getParent());
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.createDirectories(copy.getParent());
                    Files.copy(path, copy);
                }
            }
        }
    }
}
