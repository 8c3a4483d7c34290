package dev.modelsense.conventions;

import dev.modelsense.checks.SqlChecks;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.sql.SqlAnalyzer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Runs every convention check of a compiled test project with its own modelsense.yml. */
final class Checking {

    private static final ExecutorService PARSER = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "conventions-test-parser");
        thread.setDaemon(true);
        return thread;
    });

    private Checking() {
    }

    static List<Finding> findings(ProjectSnapshot snapshot) {
        SqlChecks sql = new SqlChecks(new SqlAnalyzer(Duration.ofSeconds(10), PARSER));
        return new ConventionChecks(sql).checkAll(snapshot, ConventionsLoader.load(snapshot.project()));
    }

    static List<Finding> withCode(ProjectSnapshot snapshot, String code) {
        return findings(snapshot).stream().filter(f -> f.code().equals(code)).toList();
    }

    /** {@code code@file:line:column} with the file relative to the project root, 0-based as the problem holds it. */
    static String where(ProjectSnapshot snapshot, Finding finding) {
        var problem = finding.problem();
        String file = problem.file() == null ? "-" : snapshot.project().root().root().relativize(problem.file())
                .toString().replace('\\', '/');
        return problem.code() + "@" + file + ":" + problem.line() + ":" + problem.column();
    }

    static List<String> where(ProjectSnapshot snapshot, List<Finding> findings) {
        return findings.stream().map(f -> where(snapshot, f)).toList();
    }
}
