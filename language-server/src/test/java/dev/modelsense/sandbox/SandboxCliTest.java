package dev.modelsense.sandbox;

import dev.modelsense.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxCliTest {

    @TempDir
    Path dir;

    private record Output(int code, String out, String err) {
    }

    private static synchronized Output cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path project() {
        return SandboxFixture.write(dir.resolve("p"), Map.of(
                "dbt_project.yml", "name: shop\nprofile: shop\n",
                "profiles.yml", "shop:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n"
                        + "      path: target/shop.duckdb\n      schema: main\n",
                "models/numbers.sql", "{{ config(materialized='table') }}\nselect range as n from range(3)\n",
                "models/doubled.sql", "select n * 2 as twice from {{ ref('numbers') }}\n"));
    }

    @Test
    void runBuildsPrintsTheSandboxResolutionAndRowsAndWritesCsv() throws Exception {
        Path root = project();
        Path csv = dir.resolve("out.csv");
        Output run = cli("run", root.toString(), "--select", "+doubled", "--user", "Zoe", "--limit", "2",
                "--csv", csv.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Sandbox shop.main_zoe (user Zoe from setting)"), run.out());
        assertTrue(run.out().contains("numbers -> shop.main_zoe.numbers (built in the sandbox)"), run.out());
        assertTrue(run.out().contains("OK   model.shop.doubled -> main_zoe.doubled [view"), run.out());
        assertTrue(run.out().contains("twice (BIGINT)\n0\n2\n(first 2 rows)"), run.out());
        assertEquals("twice\r\n0\r\n2\r\n", Files.readString(csv));

        Output list = cli("sandbox", "list", root.toString(), "--user", "zoe");
        assertTrue(list.out().contains("table  numbers") && list.out().contains("view   doubled")
                && list.out().contains("2 relation(s)"), list.out());

        Output keep = cli("sandbox", "clean", root.toString(), "--user", "zoe", "--older-than", "7d");
        assertTrue(keep.out().contains("Dropped 0 relation(s)"), keep.out());
        Output clean = cli("sandbox", "clean", root.toString(), "--user", "zoe");
        assertTrue(clean.out().contains("dropped view doubled") && clean.out().contains("Dropped 2 relation(s)"),
                clean.out());
        assertTrue(cli("sandbox", "list", root.toString(), "--user", "zoe").out().contains("0 relation(s)"));
    }

    @Test
    void aSandboxNamedLikeProductionIsRefusedBeforeAnythingIsWritten() {
        Path root = project();
        Output run = cli("run", root.toString(), "--select", "numbers", "--user", "x",
                "--sandbox-template", "{target_schema}");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("'main' is a production schema"), run.err());
        assertTrue(!Files.exists(root.resolve("target/shop.duckdb")), "no database was even opened");
    }

    @Test
    void aSqlErrorPointsAtTheModelLine() {
        Path root = SandboxFixture.write(dir.resolve("bad"), Map.of(
                "dbt_project.yml", "name: shop\nprofile: shop\n",
                "profiles.yml", "shop:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n"
                        + "      path: target/shop.duckdb\n      schema: main\n",
                "models/broken.sql", "{# a comment #}\nselect 1 as id\nfrom no_such_table\n"));
        Output run = cli("run", root.toString(), "--select", "broken", "--user", "x");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("models/broken.sql:3: broken:") && run.err().contains("no_such_table"),
                run.err());
    }
}
