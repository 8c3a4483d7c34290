package dev.modelsense.compile;

import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes small dbt projects for tests: a duckdb profile and the files given, then compiles them. */
public final class TestProjects {

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();

    private TestProjects(Path root) {
        this.root = root;
        files.put("dbt_project.yml", "name: shop\nprofile: shop\n");
        files.put("profiles.yml", """
                shop:
                  target: dev
                  outputs:
                    dev:
                      type: duckdb
                      path: target/shop.duckdb
                      schema: main
                """);
    }

    public static TestProjects in(Path root) {
        return new TestProjects(root);
    }

    public TestProjects file(String path, String text) {
        files.put(path, text);
        return this;
    }

    public ProjectSnapshot compile() {
        try {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                Path file = root.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompileRequest request = new CompileRequest(root, null, null, Map.of(), Map.of(), root.resolve("home"),
                MetadataCache.EMPTY, 1);
        return new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource()).compile(request);
    }

    public static String sql(ProjectSnapshot snapshot, String uniqueId) {
        CompiledNode node = snapshot.compiled().get(uniqueId);
        if (node == null) {
            throw new AssertionError("not compiled: " + uniqueId + " in " + snapshot.compiled().keySet());
        }
        if (node.failed()) {
            throw new AssertionError(uniqueId + " failed: " + node.problems());
        }
        return node.compiledSql();
    }
}
