package dev.modelsense.conventions;

import dev.modelsense.compile.Problem;
import dev.modelsense.project.ConventionsFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConventionsLoaderTest {

    private static final Path FILE = Path.of("/project/modelsense.yml");

    private static Conventions read(String text) {
        return ConventionsLoader.read(new ConventionsFile(FILE, text));
    }

    /** {@code line:column message} of each problem, 0-based. */
    private static List<String> problems(String text) {
        return read(text).problems().stream().map(p -> {
            assertEquals(Codes.CONFIG, p.code());
            assertTrue(p.isError());
            assertEquals(FILE, p.file());
            return p.line() + ":" + p.column() + " " + p.message();
        }).toList();
    }

    @Test
    void anEmptyFileIsTheDefaults() {
        Conventions conventions = read("");
        assertEquals(List.of(), conventions.problems());
        assertEquals(Conventions.defaults(), conventions);
    }

    @Test
    void anUnknownKeyIsAnErrorAtTheKeyWithADidYouMean() {
        assertEquals(List.of("1:2 Unknown key 'fanout_limt' in layers. Did you mean 'fanout_limit'?",
                        "2:0 Unknown key 'documentaton' in modelsense.yml. Did you mean 'documentation'?"),
                problems("layers:\n  fanout_limt: 3\ndocumentaton: {}\n"));
    }

    @Test
    void wrongShapesAreErrorsAtTheValueAndTheRestStillApplies() {
        Conventions conventions = read("""
                naming: [stg_]
                layers:
                  fanout_limit: many
                  report_rejoin: false
                """);
        assertEquals(List.of("0:8 naming must be a mapping of models, placeholders, seeds, sources, yaml_files",
                        "2:16 fanout_limit must be a whole number, 0 or more"),
                conventions.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.message()).toList());
        assertFalse(conventions.layers().reportRejoin());
        assertEquals(NamingConventions.defaults(), conventions.naming());
    }

    @Test
    void brokenYamlGivesTheDefaultsAndOneError() {
        Conventions conventions = read("layers:\n  order: [a\n");
        assertEquals(1, conventions.problems().size());
        Problem problem = conventions.problems().get(0);
        assertTrue(problem.message().startsWith("modelsense.yml is not valid YAML"), problem.message());
        assertEquals(Conventions.defaults().layers(), conventions.layers());
    }

    @Test
    void severitiesAndExemptionsNameKnownCodesAndLevels() {
        assertEquals(List.of("1:2 Unknown finding code 'layer-fan-out'. Did you mean 'layer-fanout'?",
                        "2:21 Unknown severity 'fatal': use error, warning, info or off.",
                        "5:12 Unknown finding code 'doc-model-mising'. Did you mean 'doc-model-missing'?"),
                problems("""
                        severities:
                          layer-fan-out: off
                          doc-model-missing: fatal
                        exemptions:
                          - paths: [models/legacy]
                            codes: [doc-model-mising]
                        """));
    }

    @Test
    void layersAndTemplatesAreValidated() {
        assertEquals(List.of("3:17 Unknown layer 'stagin' in source_layers. Did you mean 'staging'?",
                        "7:13 Invalid regular expression: Unclosed group",
                        "8:6 A naming rule needs a template or a regex",
                        "11:4 Unknown layer 'stagng' (use \"*\" for every model). Did you mean 'staging'?"),
                problems("""
                        layers:
                          order:
                            - {name: staging, folders: [staging]}
                          source_layers: stagin
                        naming:
                          models:
                            - path: models/x/**
                              regex: "(a"
                            - path: models/y/**
                        documentation:
                          layers:
                            stagng: {model_description: true}
                        """));
    }

    @Test
    void configuredLayersGetDefaultDependencies() {
        LayerRules layers = read("""
                layers:
                  order:
                    - {name: staging, folders: [staging]}
                    - {name: core, folders: [core]}
                    - {name: marts, folders: [marts], may_depend_on: [core]}
                """).layers();
        assertEquals(Set.of(), layers.layer("staging").orElseThrow().mayDependOn());
        assertEquals(Set.of("staging", "core"), layers.layer("core").orElseThrow().mayDependOn());
        assertEquals(Set.of("core"), layers.layer("marts").orElseThrow().mayDependOn());
        assertEquals(Set.of("staging"), layers.sourceLayers());
    }

    @Test
    void theColumnsSectionIsHandedToTheColumnContractReader() {
        Conventions conventions = read("columns: {}\n");
        assertEquals(List.of(), conventions.problems());
    }
}
