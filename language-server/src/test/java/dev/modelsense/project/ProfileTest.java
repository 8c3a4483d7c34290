package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelsense.project.ValueRenderer.FileKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {

    @TempDir
    Path dir;

    private static String profile(String database) {
        return "shop:\n  target: dev\n  outputs:\n    dev:\n      type: postgres\n      dbname: " + database
                + "\n      schema: analytics\n      threads: 4\n      host: localhost\n      password: hunter2\n";
    }

    private ProjectFixture fixture() {
        return new ProjectFixture(dir).write("shop/dbt_project.yml", "name: shop\nprofile: shop\n");
    }

    @Test
    void explicitProfilesDirWinsOverEverything() {
        ProjectFixture fixture = fixture()
                .write("explicit/profiles.yml", profile("explicit"))
                .write("env/profiles.yml", profile("env"))
                .write("shop/profiles.yml", profile("project"))
                .write("home/.dbt/profiles.yml", profile("home"));
        fixture.env.put("DBT_PROFILES_DIR", dir.resolve("env").toString());
        LoadedProject project = fixture.load("shop", new LoadOptions(dir.resolve("explicit"), null, Map.of(),
                fixture.env, dir.resolve("home")));
        assertEquals("explicit", project.target().database());
    }

    @Test
    void envDirBeatsProjectDirWhichBeatsHome() {
        ProjectFixture fixture = fixture()
                .write("env/profiles.yml", profile("env"))
                .write("shop/profiles.yml", profile("project"))
                .write("home/.dbt/profiles.yml", profile("home"));
        fixture.env.put("DBT_PROFILES_DIR", dir.resolve("env").toString());
        assertEquals("env", fixture.load("shop").target().database());
        fixture.env.clear();
        assertEquals("project", fixture.load("shop").target().database());
    }

    @Test
    void homeDotDbtIsTheLastResort() {
        ProjectFixture fixture = fixture().write("home/.dbt/profiles.yml", profile("home"));
        LoadedProject project = fixture.load("shop");
        assertTrue(project.profileFound());
        assertEquals("home", project.target().database());
        assertEquals("analytics", project.target().schema());
        assertEquals(4, project.target().threads());
        assertEquals("postgres", project.target().type());
        assertEquals("localhost", project.target().settings().get("host"));
        assertFalse(project.target().settings().containsKey("dbname"));
    }

    @Test
    void targetComesFromOptionsThenEnvThenProfileThenDefault() {
        ProjectFixture fixture = fixture().write("shop/profiles.yml", """
                shop:
                  target: dev
                  outputs:
                    dev: {type: duckdb, path: dev.duckdb}
                    prod: {type: duckdb, path: prod.duckdb}
                    ci: {type: duckdb, path: ci.duckdb}
                    default: {type: duckdb, path: fallback.duckdb}
                """);
        assertEquals("dev", fixture.load("shop").target().targetName());
        fixture.env.put("DBT_TARGET", "ci");
        assertEquals("ci", fixture.load("shop").target().database());
        LoadedProject prod = fixture.load("shop", new LoadOptions(null, "prod", Map.of(), fixture.env, null));
        assertEquals("prod", prod.target().targetName());
        assertEquals("prod", prod.target().database());

        fixture.env.clear();
        fixture.write("shop/profiles.yml", "shop:\n  outputs:\n    default: {type: duckdb, path: fallback.duckdb}\n");
        assertEquals("fallback", fixture.load("shop").target().database());
    }

    @Test
    void profileValuesAreRenderedWithEnvVars() {
        ProjectFixture fixture = fixture().write("shop/profiles.yml", """
                shop:
                  target: "{{ env_var('DBT_TARGET_NAME', 'dev') }}"
                  outputs:
                    dev:
                      type: snowflake
                      database: "{{ env_var('SF_DB') }}"
                      schema: "dbt_{{ env_var('USER_NAME', 'someone') }}"
                      threads: "{{ env_var('THREADS') }}"
                      password: "{{ env_var('SF_PASSWORD') }}"
                """);
        fixture.env.put("SF_DB", "ANALYTICS");
        fixture.env.put("THREADS", "8");
        fixture.env.put("SF_PASSWORD", "s3cret");
        LoadedProject project = fixture.load("shop");
        TargetProfile target = project.target();
        assertEquals("ANALYTICS", target.database());
        assertEquals("dbt_someone", target.schema());
        assertEquals(8, target.threads());
        assertEquals("s3cret", target.settings().get("password"));
        assertFalse(target.toString().contains("s3cret"), target.toString());
        assertTrue(fixture.renderer.scopes.stream().anyMatch(scope -> scope.kind() == FileKind.PROFILES));
    }

    @Test
    void missingProfilesFileLoadsWithDuckdbDefaultsAndWarns() {
        ProjectFixture fixture = fixture().write("shop/models/a.sql", "select 1");
        LoadedProject project = fixture.load("shop");
        assertFalse(project.profileFound());
        assertEquals("duckdb", project.target().type());
        assertEquals("dev", project.target().targetName());
        assertEquals("dev", project.target().database());
        assertEquals("main", project.target().schema());
        assertEquals(1, project.target().threads());
        assertEquals("shop", project.target().profileName());
        ProjectProblem warning = project.problems().stream().filter(p -> p.code().equals("profile-missing")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(warning.message().contains(dir.resolve("shop").toString()), warning.message());
        assertTrue(warning.message().contains(dir.resolve("home").resolve(".dbt").toString()), warning.message());
        assertEquals(1, project.files().size(), "the rest of the project still loads");
    }

    @Test
    void unknownProfileNameWarns() {
        ProjectFixture fixture = fixture().write("shop/profiles.yml", "other:\n  outputs:\n    dev: {type: duckdb}\n");
        LoadedProject project = fixture.load("shop");
        assertFalse(project.profileFound());
        assertTrue(ProjectFixture.codes(project).contains("profile-missing"));
    }

    @Test
    void unknownTargetIsAnError() {
        ProjectFixture fixture = fixture().write("shop/profiles.yml", "shop:\n  target: nope\n  outputs:\n    dev: {type: duckdb}\n");
        LoadedProject project = fixture.load("shop");
        assertFalse(project.profileFound());
        assertTrue(ProjectFixture.codes(project).contains("profile-target-missing"));
    }

    @Test
    void malformedProfilesIsReportedWithPosition() {
        ProjectFixture fixture = fixture().write("shop/profiles.yml", "shop:\n  outputs: [\n");
        LoadedProject project = fixture.load("shop");
        ProjectProblem problem = project.problems().stream().filter(p -> p.code().equals("yaml-syntax")).findFirst().orElseThrow();
        assertEquals(fixture.path("shop/profiles.yml"), problem.location().file());
        assertFalse(project.profileFound());
    }
}
