package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagesTest {

    @TempDir
    Path dir;

    @Test
    void installedPackagesAreLoadedInNameOrderWithTheirFiles() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/dbt_packages/zeta_folder/dbt_project.yml", "name: alpha_pkg\n");
        fixture.write("shop/dbt_packages/zeta_folder/macros/a.sql", "{% macro a() %}1{% endmacro %}");
        fixture.write("shop/dbt_packages/b/dbt_project.yml", "name: beta_pkg\nmacro-paths: [lib]\n");
        fixture.write("shop/dbt_packages/b/lib/b.sql", "{% macro b() %}2{% endmacro %}");
        fixture.write("shop/dbt_packages/b/integration_tests/dbt_project.yml", "name: nested\n");
        fixture.write("shop/dbt_packages/not_a_package/readme.md", "x");
        LoadedProject project = fixture.load("shop");

        assertEquals(List.of("alpha_pkg", "beta_pkg"), project.packages().stream().map(DbtProject::name).toList());
        ProjectFile macro = project.files().stream().filter(f -> f.packageName().equals("beta_pkg")).findFirst().orElseThrow();
        assertEquals(ResourceType.MACRO, macro.type());
        assertEquals("lib/b.sql", macro.originalFilePath());
        assertEquals("b.sql", macro.resourcePath());
        assertTrue(project.project("alpha_pkg").isPresent());
        assertTrue(project.files().stream().noneMatch(f -> f.packageName().equals("shop")),
                "files of dbt_packages never belong to the root project");
    }

    @Test
    void customInstallPathIsHonoured() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/dbt_project.yml", "name: shop\nprofile: shop\npackages-install-path: vendor\n");
        fixture.write("shop/vendor/utils/dbt_project.yml", "name: utils\n");
        assertEquals(List.of("utils"), fixture.load("shop").packages().stream().map(DbtProject::name).toList());
    }

    @Test
    void localPackageNotInstalledIsLoadedFromItsPath() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("repo/shop");
        fixture.write("repo/shop/packages.yml", "packages:\n  - local: ../shared\n");
        fixture.write("repo/shared/dbt_project.yml", "name: shared\n");
        fixture.write("repo/shared/models/common.sql", "select 1 as id");
        LoadedProject project = fixture.load("repo/shop");

        assertEquals(List.of("shared"), project.packages().stream().map(DbtProject::name).toList());
        assertEquals(fixture.path("repo/shared"), project.packages().get(0).root());
        ProjectFile model = project.files().stream().filter(f -> f.packageName().equals("shared")).findFirst().orElseThrow();
        assertEquals("models/common.sql", model.originalFilePath());
        assertFalse(ProjectFixture.codes(project).contains("package-not-installed"));
    }

    @Test
    void installedCopyOfALocalPackageWins() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("repo/shop");
        fixture.write("repo/shop/packages.yml", "packages:\n  - local: ../shared\n");
        fixture.write("repo/shared/dbt_project.yml", "name: shared\n");
        fixture.write("repo/shop/dbt_packages/shared/dbt_project.yml", "name: shared\n");
        LoadedProject project = fixture.load("repo/shop");
        assertEquals(1, project.packages().size());
        assertEquals(fixture.path("repo/shop/dbt_packages/shared"), project.packages().get(0).root());
    }

    @Test
    void listedPackageThatIsNotInstalledWarns() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/packages.yml", """
                packages:
                  - package: dbt-labs/dbt_utils
                    version: 1.1.1
                  - git: "https://github.com/dbt-labs/dbt-codegen.git"
                    revision: main
                  - package: calogica/dbt_expectations
                    version: 0.10.0
                """);
        fixture.write("shop/dbt_packages/dbt_utils/dbt_project.yml", "name: dbt_utils\n");
        LoadedProject project = fixture.load("shop");
        List<ProjectProblem> warnings = project.problems().stream()
                .filter(p -> p.code().equals("package-not-installed")).toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message().contains("dbt-codegen"));
        assertEquals(3, warnings.get(0).location().line());
        assertTrue(warnings.get(1).message().contains("dbt_expectations"));
        assertEquals(Severity.WARNING, warnings.get(1).severity());
    }

    @Test
    void lockFileNamesResolveGitPackages() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/dependencies.yml", "packages:\n  - git: https://example.com/acme/weird-repo.git\n");
        fixture.write("shop/package-lock.yml", "packages:\n  - git: https://example.com/acme/weird-repo.git\n    name: acme_models\n");
        fixture.write("shop/dbt_packages/acme_models/dbt_project.yml", "name: acme_models\n");
        assertFalse(ProjectFixture.codes(fixture.load("shop")).contains("package-not-installed"));
    }
}
