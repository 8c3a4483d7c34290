package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {

    @TempDir
    Path dir;
    LoadedProject project;

    @BeforeEach
    void writeProjects() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/dbt_project.yml", """
                name: shop
                profile: shop
                models:
                  +tags: [all]
                  shop:
                    +materialized: view
                    schema: core
                    staging:
                      +materialized: table
                      +tags: staging
                      meta: {owner: data}        # a mapping without '+': a folder, not a config
                      post-hook: "grant select"  # a known config name holding a string: a config
                      orders:
                        +enabled: false
                  utils:
                    +schema: from_root
                    +tags: [root]
                seeds:
                  shop:
                    +quote_columns: true
                tests:
                  +severity: warn
                sources:
                  +enabled: true
                  shop:
                    raw:
                      +quoting: {identifier: true}
                      orders:
                        +enabled: false
                """);
        fixture.write("shop/dbt_packages/utils/dbt_project.yml", """
                name: utils
                models:
                  utils:
                    +materialized: ephemeral
                    +schema: from_package
                    +tags: [package]
                    +pre-hook: "select 1"
                """);
        project = fixture.load("shop");
    }

    @Test
    void configsInheritDownTheFolderTree() {
        Map<String, Object> config = project.projectConfig(ResourceType.MODEL, "shop", List.of("shop", "staging", "stg_customers"));
        assertEquals("table", config.get("materialized"));
        assertEquals("core", config.get("schema"));
        assertEquals(List.of("all", "staging"), config.get("tags"));
        assertEquals(List.of("grant select"), config.get("post-hook"));
        assertFalse(config.containsKey("meta"), "a plain key holding a mapping is a folder");
        assertFalse(config.containsKey("enabled"));
    }

    @Test
    void theModelNameIsTheLastLevel() {
        Map<String, Object> config = project.projectConfig(ResourceType.MODEL, "shop", List.of("shop", "staging", "orders"));
        assertEquals(false, config.get("enabled"));
    }

    @Test
    void rootProjectOverridesPackageConfigAndAppendsTags() {
        Map<String, Object> config = project.projectConfig(ResourceType.MODEL, "utils", List.of("utils", "date_spine"));
        assertEquals("from_root", config.get("schema"));
        assertEquals("ephemeral", config.get("materialized"));
        assertEquals(List.of("package", "all", "root"), config.get("tags"));
        assertEquals(List.of("select 1"), config.get("pre-hook"));

        LoadedProject.ProjectConfigLayers layers = project.projectConfigLayers(ResourceType.MODEL, "utils",
                List.of("utils", "date_spine"));
        assertEquals("from_package", layers.own().get("schema"));
        assertEquals("from_root", layers.rootOverride().get("schema"));
    }

    @Test
    void sourceConfigWalksTheSourcesTree() {
        Map<String, Object> orders = project.projectSourceConfig("shop", List.of("shop", "raw", "orders"));
        assertEquals(false, orders.get("enabled"));
        assertEquals(Map.of("identifier", true), orders.get("quoting"));
        assertEquals(true, project.projectSourceConfig("shop", List.of("shop", "raw", "customers")).get("enabled"));
    }

    @Test
    void eachResourceTypeUsesItsOwnTree() {
        assertEquals(true, project.projectConfig(ResourceType.SEED, "shop", List.of("shop", "countries")).get("quote_columns"));
        assertEquals("warn", project.projectConfig(ResourceType.TEST, "shop", List.of("shop", "my_test")).get("severity"));
        assertEquals("view", project.projectConfig(ResourceType.ANALYSIS, "shop", List.of("shop", "a")).get("materialized"),
                "analyses read the models: tree, as in dbt");
        assertTrue(project.projectConfig(ResourceType.MACRO, "shop", List.of("shop", "m")).isEmpty());
    }
}
