package dev.modelsense.jinja;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Our cross-database macros against the output dbt's own macros produce, one YAML case per file under
 * {@code src/test/resources/jinja/global_project_cases/}: {@code adapter}, {@code template}, {@code expected}.
 */
class GlobalProjectCasesTest {

    @TestFactory
    Stream<DynamicTest> macrosPrintWhatDbtPrints() throws IOException, URISyntaxException {
        Path folder = Path.of(GlobalProjectCasesTest.class.getResource("/jinja/global_project_cases").toURI());
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream().map(file -> {
                Map<String, Object> spec;
                try (InputStream in = Files.newInputStream(file)) {
                    spec = yaml.load(in);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                return DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    AdapterDialect dialect = AdapterDialect.of(String.valueOf(spec.get("adapter")));
                    ProjectScope scope = Harness.scope(dialect, Map.of());
                    String actual = Harness.render(scope, new FakeEnvironment(dialect), String.valueOf(spec.get("template")));
                    assertEquals(String.valueOf(spec.get("expected")), actual);
                });
            });
        }
    }
}
