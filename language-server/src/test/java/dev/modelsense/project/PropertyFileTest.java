package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelsense.project.ValueRenderer.FileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertyFileTest {

    @TempDir
    Path dir;

    private LoadedProject load(String file, String yaml) {
        return fixture(file, yaml).load("shop");
    }

    private ProjectFixture fixture(String file, String yaml) {
        return new ProjectFixture(dir).basicProject("shop").write("shop/" + file, yaml);
    }

    private static NodeProperties node(LoadedProject project, String name) {
        return project.properties().stream().flatMap(f -> f.nodes().stream())
                .filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void modelsWithColumnsTestsAndLocations() {
        LoadedProject project = load("models/schema.yml", """
                version: 2
                models:
                  - name: orders
                    description: "All orders of {{ env_var('SHOP') }}"
                    config:
                      materialized: table
                      schema: "{{ env_var('SCHEMA', 'sales') }}"
                    meta: {owner: ana}
                    docs: {show: false}
                    constraints:
                      - type: primary_key
                        columns: [id]
                    data_tests:
                      - dbt_utils.expression_is_true: {expression: "amount >= 0"}
                    columns:
                      - name: id
                        data_type: integer
                        quote: true
                        constraints: [{type: not_null}]
                        tests: [unique, not_null]
                        tags: [pk]
                      - name: amount
                        description: "in {{ var('currency') }}"
                        meta: {unit: cents}
                        config: {tags: [money], meta: {pii: false}}
                """);
        assertTrue(project.problems().isEmpty(), project.problems().toString());
        NodeProperties orders = node(project, "orders");
        assertEquals(ResourceType.MODEL, orders.type());
        assertEquals("shop", orders.packageName());
        assertEquals("All orders of {{ env_var('SHOP') }}", orders.description(), "descriptions render later");
        assertEquals(Map.of("materialized", "table", "schema", "sales"), orders.config());
        assertEquals(Map.of("owner", "ana"), orders.meta());
        assertEquals(Map.of("show", false), orders.docs());
        assertEquals(1, orders.constraints().size());
        assertEquals(1, orders.dataTests().size());
        assertEquals(new Location(orders.file(), 2, 10), orders.location());

        ColumnProperties id = orders.columns().get(0);
        assertEquals("integer", id.dataType());
        assertTrue(id.quote());
        assertEquals(List.of("unique", "not_null"), id.dataTests());
        assertEquals(List.of("pk"), id.tags());
        assertEquals(new Location(orders.file(), 15, 14), id.location());
        ColumnProperties amount = orders.columns().get(1);
        assertFalse(amount.quote());
        assertEquals("in {{ var('currency') }}", amount.description());
        assertEquals(List.of("money"), amount.tags());
        assertEquals(Map.of("unit", "cents", "pii", false), amount.meta());
    }

    @Test
    void renderingFollowsSchemaYamlRenderer() {
        ProjectFixture fixture = fixture("models/schema.yml", """
                models:
                  - name: "{{ env_var('MODEL_NAME') }}"
                    tests: ["{{ env_var('NO1') }}"]
                    config:
                      pre_hook: "{{ env_var('NO2') }}"
                      alias: "{{ env_var('ALIAS') }}"
                    columns:
                      - name: c
                        description: "{{ env_var('NO3') }}"
                        data_tests: ["{{ env_var('NO4') }}"]
                sources:
                  - name: raw
                    description: "{{ env_var('NO5') }}"
                    schema: "{{ env_var('RAW_SCHEMA') }}"
                    tables:
                      - name: t
                        description: "{{ env_var('NO6') }}"
                        identifier: "{{ env_var('IDENT') }}"
                """);
        fixture.env.putAll(Map.of("MODEL_NAME", "orders", "ALIAS", "o", "RAW_SCHEMA", "landing", "IDENT", "T_RAW"));
        LoadedProject project = fixture.load("shop");
        assertTrue(project.problems().isEmpty(), project.problems().toString());
        NodeProperties orders = node(project, "orders");
        assertEquals("o", orders.config().get("alias"));
        assertEquals("{{ env_var('NO2') }}", orders.config().get("pre_hook"));
        assertTrue(fixture.renderer.renderedTemplates.stream().noneMatch(t -> t.contains("NO")),
                fixture.renderer.renderedTemplates.toString());
        SourceTableProperties table = project.properties().get(0).sources().get(0);
        assertEquals("landing", table.schema());
        assertEquals("T_RAW", table.identifier());
        int aliasCall = fixture.renderer.renderedTemplates.indexOf("{{ env_var('ALIAS') }}");
        assertEquals(List.of("models", "0", "config", "alias"), fixture.renderer.renderedKeyPaths.get(aliasCall));
        assertEquals(FileKind.PROPERTIES, fixture.renderer.scopes.get(aliasCall).kind());
        assertEquals("shop", fixture.renderer.scopes.get(aliasCall).packageName());
    }

    @Test
    void modelVersionsApplyIncludeExclude() {
        LoadedProject project = load("models/schema.yml", """
                models:
                  - name: customers
                    latest_version: 2
                    columns:
                      - name: id
                      - name: email
                      - name: country
                    versions:
                      - v: 1
                        columns:
                          - include: all
                            exclude: [country]
                          - name: legacy_flag
                      - v: 2
                        defined_in: customers_v2
                        config: {alias: customers}
                        columns:
                          - include: [id]
                      - v: 3
                """);
        assertTrue(project.problems().isEmpty(), project.problems().toString());
        NodeProperties customers = node(project, "customers");
        assertEquals(2, customers.latestVersion());
        List<VersionProperties> versions = customers.versions();
        assertEquals(List.of(1, 2, 3), versions.stream().map(VersionProperties::v).toList());
        assertEquals(List.of("id", "email", "legacy_flag"), versions.get(0).columns().stream().map(ColumnProperties::name).toList());
        assertEquals(List.of("id"), versions.get(1).columns().stream().map(ColumnProperties::name).toList());
        assertEquals("customers_v2", versions.get(1).definedIn());
        assertEquals(Map.of("alias", "customers"), versions.get(1).config());
        assertEquals(List.of("id", "email", "country"), versions.get(2).columns().stream().map(ColumnProperties::name).toList());
        assertEquals(8, versions.get(0).location().line());
    }

    @Test
    void sourceTablesInheritFromTheirSource() {
        LoadedProject project = load("models/sources.yml", """
                sources:
                  - name: raw
                    database: lake
                    loader: fivetran
                    description: Raw data
                    quoting: {database: true, identifier: false}
                    freshness:
                      warn_after: {count: 12, period: hour}
                      error_after: {count: 24, period: hour}
                    loaded_at_field: _loaded_at
                    meta: {team: core, tier: 1}
                    tags: [raw, b]
                    config: {enabled: true, meta: {a: 1}}
                    tables:
                      - name: orders
                        identifier: ORDERS_V2
                        quoting: {identifier: true}
                        freshness:
                          warn_after: {count: 6}
                        meta: {team: sales}
                        tags: [a]
                        config: {meta: {b: 2}}
                        columns:
                          - name: id
                      - name: customers
                        freshness: null
                        loaded_at_field: updated_at
                  - name: events
                    tables:
                      - name: clicks
                """);
        assertTrue(project.problems().isEmpty(), project.problems().toString());
        List<SourceTableProperties> tables = project.properties().get(0).sources();
        SourceTableProperties orders = tables.get(0);
        assertEquals("raw", orders.sourceName());
        assertEquals("lake", orders.database());
        assertEquals("raw", orders.schema());
        assertEquals("ORDERS_V2", orders.identifier());
        assertEquals("Raw data", orders.sourceDescription());
        assertEquals("fivetran", orders.loader());
        assertEquals(Map.of("database", true, "identifier", true), orders.quoting());
        assertEquals(Map.of("warn_after", Map.of("count", 6, "period", "hour"),
                "error_after", Map.of("count", 24, "period", "hour")), orders.freshness());
        assertEquals("_loaded_at", orders.loadedAtField());
        assertEquals(Map.of("team", "sales"), orders.meta(), "a table's meta does not inherit the source's");
        assertEquals(List.of("a", "b", "raw"), orders.tags());
        assertEquals(Map.of("enabled", true, "meta", Map.of("a", 1, "b", 2)), orders.config());
        assertEquals(List.of("id"), orders.columns().stream().map(ColumnProperties::name).toList());
        assertEquals(new Location(orders.file(), 14, 14), orders.location());

        SourceTableProperties customers = tables.get(1);
        assertNull(customers.freshness(), "freshness: null switches inherited freshness off");
        assertEquals("updated_at", customers.loadedAtField());
        assertEquals("customers", customers.identifier());

        SourceTableProperties clicks = tables.get(2);
        assertNull(clicks.database(), "the compiler fills the target database");
        assertEquals("events", clicks.schema());
        assertEquals("clicks", clicks.identifier());
        assertNull(clicks.freshness());
    }

    @Test
    void exposuresSeedsMacrosAndOtherKeys() {
        LoadedProject project = load("models/misc.yml", """
                version: 2
                exposures:
                  - name: weekly_kpis
                    type: dashboard
                    label: Weekly KPIs
                    owner: {name: Ana, email: ana@example.com}
                    depends_on: ["ref('orders')", "source('raw', 'orders')"]
                seeds:
                  - name: countries
                    config: {column_types: {code: varchar}}
                snapshots:
                  - name: orders_snapshot
                analyses:
                  - name: adhoc
                macros:
                  - name: cents
                    arguments: [{name: column, type: string}]
                metrics:
                  - name: revenue
                    filter: "{{ Dimension('x') }} > 0"
                unit_tests:
                  - name: test_orders
                    model: orders
                groups:
                  - name: finance
                    owner: {name: Ana}
                """);
        assertTrue(project.problems().isEmpty(), project.problems().toString());
        PropertyFile file = project.properties().get(0);
        ExposureProperties exposure = file.exposures().get(0);
        assertEquals("dashboard", exposure.type());
        assertEquals("Weekly KPIs", exposure.label());
        assertEquals(List.of("ref('orders')", "source('raw', 'orders')"), exposure.dependsOn());
        assertEquals("Ana", exposure.owner().get("name"));
        assertEquals(List.of(ResourceType.SEED, ResourceType.SNAPSHOT, ResourceType.ANALYSIS, ResourceType.MACRO),
                file.nodes().stream().map(NodeProperties::type).toList());
        assertEquals(List.of("metrics", "unit_tests", "groups"), List.copyOf(file.other().keySet()));
        assertEquals("{{ Dimension('x') }} > 0", file.other().get("metrics").get(0).get("filter"));
    }

    @Test
    void brokenYamlIsReportedWithPositionWhileOtherFilesLoad() {
        ProjectFixture fixture = fixture("models/good.yml", "models:\n  - name: good\n");
        fixture.write("models/bad.yml".replaceFirst("^", "shop/"), "models:\n  - name: bad\n    columns:\n      - name: x\n     - name: y\n");
        fixture.write("shop/models/good.sql", "select 1");
        LoadedProject project = fixture.load("shop");
        ProjectProblem problem = project.problems().stream().filter(p -> p.code().equals("yaml-syntax")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, problem.severity());
        assertEquals(fixture.path("shop/models/bad.yml"), problem.location().file());
        assertEquals(4, problem.location().line());
        assertEquals(5, problem.location().column());
        assertTrue(problem.message().startsWith("Invalid YAML"), problem.message());
        assertEquals("good", node(project, "good").name());
        assertEquals(1, project.files().size());
    }

    @Test
    void keysOfTheWrongTypeAreSchemaErrorsNotExceptions() {
        LoadedProject project = load("models/schema.yml", """
                models:
                  - name: orders
                    columns: 3
                    config: [not, a, map]
                  - name: fine
                    columns:
                      - name: a
                      - just_a_string
                      - description: no name
                  - 42
                sources: {not: a list}
                """);
        List<ProjectProblem> errors = project.problems().stream().filter(p -> p.code().equals("yaml-schema")).toList();
        assertEquals(6, errors.size(), errors.toString());
        ProjectProblem columns = errors.stream().filter(e -> e.message().contains("columns")).findFirst().orElseThrow();
        assertEquals("'models[0].columns' must be a list, got integer 3", columns.message());
        assertEquals(2, columns.location().line());
        assertEquals(List.of(), node(project, "orders").columns());
        assertEquals(Map.of(), node(project, "orders").config());
        assertEquals(List.of("a"), node(project, "fine").columns().stream().map(ColumnProperties::name).toList());
    }

    @Test
    void yamlOneOneSemanticsLikePyYaml() {
        LoadedProject project = load("models/schema.yml", """
                models:
                  - name: orders
                    config:
                      enabled: yes
                      full_refresh: off
                      start: 2024-01-31
                      ratio: 1e3
                      octal: 010
                """);
        Map<String, Object> config = node(project, "orders").config();
        assertEquals(true, config.get("enabled"));
        assertEquals(false, config.get("full_refresh"));
        assertEquals("2024-01-31", config.get("start"), "dates keep their ISO text, as str(date) in Python");
        assertEquals(8, config.get("octal"));
    }

    @Test
    void bothTestsAndDataTestsIsAnError() {
        LoadedProject project = load("models/schema.yml", "models:\n  - name: o\n    tests: [a]\n    data_tests: [b]\n");
        assertTrue(ProjectFixture.codes(project).contains("yaml-schema"));
        assertEquals(List.of("b"), node(project, "o").dataTests());
    }
}
