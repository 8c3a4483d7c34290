package dev.modelsense.intellij;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DbtProjectFilesTest {

    @TempDir
    Path dir;

    private Path project(String name, String projectYaml) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name));
        Files.writeString(root.resolve(DbtProjectFiles.PROJECT_FILE), projectYaml);
        return root;
    }

    @Test
    void sqlAndYamlInsideADbtProjectMatch() throws Exception {
        Path root = project("shop", "name: shop\n");
        assertTrue(DbtProjectFiles.matches(root.resolve("models/staging/stg_orders.sql")));
        assertTrue(DbtProjectFiles.matches(root.resolve("models/schema.yml")));
        assertTrue(DbtProjectFiles.matches(root.resolve("models/schema.YAML")));
        assertTrue(DbtProjectFiles.matches(root.resolve("dbt_project.yml")));
        assertTrue(DbtProjectFiles.matches(root.resolve("macros/cents.sql")));
        assertEquals(Optional.of(root), DbtProjectFiles.projectRoot(root.resolve("models/a/b/c.sql")));
    }

    @Test
    void otherFilesAndFilesOutsideProjectsDoNotMatch() throws Exception {
        Path root = project("shop", "name: shop\n");
        assertFalse(DbtProjectFiles.matches(root.resolve("README.md")));
        assertFalse(DbtProjectFiles.matches(root.resolve("models/notes.sqlx")));
        assertFalse(DbtProjectFiles.matches(dir.resolve("scratch/query.sql")));
        assertFalse(DbtProjectFiles.matches(dir.resolve("docker-compose.yml")));
    }

    @Test
    void dbtOutputUnderTheTargetPathDoesNotMatch() throws Exception {
        Path standard = project("shop", "name: shop\n");
        assertFalse(DbtProjectFiles.matches(standard.resolve("target/compiled/shop/models/a.sql")));
        Path custom = project("custom", "name: custom\ntarget-path: \"build/dbt\"  # ours\n");
        assertTrue(DbtProjectFiles.matches(custom.resolve("target/a.sql")));
        assertFalse(DbtProjectFiles.matches(custom.resolve("build/dbt/compiled/a.sql")));
        Path templated = project("templated", "target-path: \"{{ env_var('TARGET') }}\"\n");
        assertFalse(DbtProjectFiles.matches(templated.resolve("target/run/a.sql")));
    }

    @Test
    void aPackageInsideAProjectIsItsOwnProject() throws Exception {
        Path root = project("shop", "name: shop\n");
        Path utils = Files.createDirectories(root.resolve("dbt_packages/utils"));
        Files.writeString(utils.resolve(DbtProjectFiles.PROJECT_FILE), "name: utils\n");
        assertEquals(Optional.of(utils), DbtProjectFiles.projectRoot(utils.resolve("macros/x.sql")));
        assertTrue(DbtProjectFiles.matches(utils.resolve("macros/x.sql")));
    }
}
