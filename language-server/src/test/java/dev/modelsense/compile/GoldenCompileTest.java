package dev.modelsense.compile;

import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compiles each {@code testdata/projects/<p>} for each target that has golden files under
 * {@code testdata/golden/<p>/<target>/compiled/}, and compares every file byte for byte (trailing whitespace aside).
 * Run with {@code -Dmodelsense.golden.update=true} to rewrite the golden files from the current output.
 */
public class GoldenCompileTest {

    static final Path TESTDATA = Path.of(System.getProperty("modelsense.testdata", "../testdata"));
    private static final boolean UPDATE = Boolean.getBoolean("modelsense.golden.update");

    @TestFactory
    Stream<DynamicTest> compiledSqlMatchesGoldenFiles() throws IOException {
        Path goldenRoot = TESTDATA.resolve("golden");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> projects = Files.list(goldenRoot)) {
            for (Path projectGolden : projects.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> targets = Files.list(projectGolden)) {
                    for (Path targetGolden : targets.filter(Files::isDirectory).sorted().toList()) {
                        String name = projectGolden.getFileName() + " @ " + targetGolden.getFileName();
                        tests.add(DynamicTest.dynamicTest(name, () -> check(projectGolden.getFileName().toString(),
                                targetGolden.getFileName().toString(), targetGolden.resolve("compiled"))));
                    }
                }
            }
        }
        return tests.stream();
    }

    public static ProjectSnapshot compile(String project, String target) {
        Path root = TESTDATA.resolve("projects").resolve(project).toAbsolutePath().normalize();
        CompileRequest request = new CompileRequest(root, null, target, Map.of(), Map.of(),
                root.resolve("no-home"), MetadataCache.EMPTY, 2);
        return new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource()).compile(request);
    }

    private void check(String project, String target, Path goldenCompiled) throws IOException {
        ProjectSnapshot snapshot = compile(project, target);
        List<String> failures = new ArrayList<>();
        Set<String> produced = new TreeSet<>();
        for (CompiledNode node : snapshot.compiled().values()) {
            String relative = node.node().spec().packageName() + "/" + node.node().spec().file().originalFilePath();
            produced.add(relative);
            Path golden = goldenCompiled.resolve(relative);
            if (node.failed()) {
                failures.add(relative + " failed: " + node.problems());
                continue;
            }
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, node.compiledSql() + "\n", StandardCharsets.UTF_8);
                continue;
            }
            if (!Files.exists(golden)) {
                failures.add(relative + ": no golden file; compiled:\n" + node.compiledSql());
                continue;
            }
            String expected = normalize(Files.readString(golden));
            String actual = normalize(node.compiledSql());
            if (!expected.equals(actual)) {
                failures.add(relative + " differs:\n" + Diffs.unified(expected, actual));
            }
        }
        try (Stream<Path> goldens = Files.walk(goldenCompiled)) {
            for (Path golden : goldens.filter(Files::isRegularFile).toList()) {
                String relative = goldenCompiled.relativize(golden).toString().replace('\\', '/');
                if (!produced.contains(relative)) {
                    failures.add(relative + ": golden file exists but nothing compiled to it");
                }
            }
        }
        List<Problem> errors = snapshot.allProblems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            failures.add("project errors: " + errors.stream().map(p -> p.format(null)).collect(Collectors.joining("\n")));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " problem(s) in " + project + " @ " + target + ":\n" + String.join("\n\n", failures));
        }
        assertTrue(produced.size() > 0, "nothing compiled");
    }

    /** Trailing whitespace of each line and of the file does not count. */
    static String normalize(String text) {
        return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).stripTrailing();
    }

    @org.junit.jupiter.api.Test
    void normalizeIgnoresOnlyTrailingWhitespace() {
        assertEquals("a\n  b", normalize("a  \n  b\t\n\n"));
    }
}
