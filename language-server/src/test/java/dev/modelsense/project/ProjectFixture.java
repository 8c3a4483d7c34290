package dev.modelsense.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes small projects on disk and loads them with a fake renderer that understands env_var(). */
final class ProjectFixture {

    final Path dir;
    final Map<String, String> env = new HashMap<>();
    final FakeRenderer renderer = new FakeRenderer(env);

    ProjectFixture(Path dir) {
        this.dir = dir;
    }

    ProjectFixture write(String relativePath, String text) {
        Path file = dir.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ProjectFixture writeBytes(String relativePath, byte[] bytes) {
        Path file = dir.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A minimal root project named {@code shop} using profile {@code shop}, plus a duckdb profiles.yml in the project. */
    ProjectFixture basicProject(String projectRoot) {
        write(projectRoot + "/dbt_project.yml", "name: shop\nprofile: shop\nversion: '1.0'\n");
        write(projectRoot + "/profiles.yml", """
                shop:
                  target: dev
                  outputs:
                    dev:
                      type: duckdb
                      path: warehouse.duckdb
                """);
        return this;
    }

    LoadedProject load(String projectRoot) {
        return load(projectRoot, new LoadOptions(null, null, Map.of(), env, dir.resolve("home")));
    }

    LoadedProject load(String projectRoot, LoadOptions options) {
        return new ProjectLoader(new DiskFileSource(), renderer).load(dir.resolve(projectRoot), options);
    }

    Path path(String relativePath) {
        return dir.resolve(relativePath).toAbsolutePath().normalize();
    }

    static List<String> codes(LoadedProject project) {
        return project.problems().stream().map(ProjectProblem::code).toList();
    }

    /** Renders {{ env_var('X') }} and {{ env_var('X', 'default') }}; records every call. */
    static final class FakeRenderer implements ValueRenderer {
        private static final Pattern ENV_VAR = Pattern.compile(
                "\\{\\{\\s*env_var\\(\\s*['\"]([^'\"]+)['\"]\\s*(?:,\\s*['\"]([^'\"]*)['\"]\\s*)?\\)\\s*}}");
        final List<String> renderedTemplates = new ArrayList<>();
        final List<List<String>> renderedKeyPaths = new ArrayList<>();
        final List<RenderScope> scopes = new ArrayList<>();
        private final Map<String, String> env;

        FakeRenderer(Map<String, String> env) {
            this.env = env;
        }

        @Override
        public Object render(String template, List<String> keyPath, RenderScope scope) {
            renderedTemplates.add(template);
            renderedKeyPaths.add(keyPath);
            scopes.add(scope);
            Matcher matcher = ENV_VAR.matcher(template);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = env.getOrDefault(matcher.group(1), matcher.group(2));
                if (value == null) {
                    throw new IllegalStateException("Env var required but not provided: '" + matcher.group(1) + "'");
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            String text = out.toString();
            return text.matches("-?\\d+") ? (Object) Integer.parseInt(text) : text;
        }
    }
}
