package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VarsTest {

    @TempDir
    Path dir;

    @Test
    void cliBeatsRootScopedBeatsRootGlobalBeatsPackageScopedBeatsPackageGlobal() {
        ProjectFixture fixture = new ProjectFixture(dir).basicProject("shop");
        fixture.write("shop/dbt_project.yml", """
                name: shop
                profile: shop
                vars:
                  start: '2020-01-01'
                  region: eu
                  unrendered: "{{ env_var('NOPE') }}"
                  utils:
                    region: us
                """);
        fixture.write("shop/dbt_packages/utils/dbt_project.yml", """
                name: utils
                vars:
                  start: '1999-01-01'
                  region: apac
                  currency: usd
                  limit: 10
                  utils:
                    limit: 20
                """);
        LoadedProject project = fixture.load("shop");

        Map<String, Object> utils = project.varsFor("utils");
        assertEquals("2020-01-01", utils.get("start"));
        assertEquals("us", utils.get("region"));
        assertEquals("usd", utils.get("currency"));
        assertEquals(20, utils.get("limit"));

        Map<String, Object> shop = project.varsFor("shop");
        assertEquals("eu", shop.get("region"));
        assertEquals(null, shop.get("currency"), "a package's vars do not leak into the root project");
        assertEquals("{{ env_var('NOPE') }}", shop.get("unrendered"), "vars are rendered when used, not at load");

        LoadedProject withCliVars = fixture.load("shop", new LoadOptions(null, null, Map.of("region", "cli"),
                fixture.env, null));
        assertEquals("cli", withCliVars.varsFor("utils").get("region"));
        assertEquals("cli", withCliVars.varsFor("shop").get("region"));
        assertEquals(20, withCliVars.varsFor("utils").get("limit"));
    }
}
