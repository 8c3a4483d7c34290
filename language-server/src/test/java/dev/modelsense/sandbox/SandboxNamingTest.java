package dev.modelsense.sandbox;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxNamingTest {

    private static final WarehouseDialect POSTGRES = WarehouseDialect.of("postgres");

    @Test
    void userComesFromSettingThenEnvThenGitThenOs() {
        assertEquals(new UserIdentity("ann", "setting"),
                UserIdentity.resolve("ann", Map.of("MODELSENSE_USER", "env"), () -> Optional.of("g@x.io"), "os"));
        assertEquals(new UserIdentity("env", "MODELSENSE_USER"),
                UserIdentity.resolve(null, Map.of("MODELSENSE_USER", "env"), () -> Optional.of("g@x.io"), "os"));
        assertEquals(new UserIdentity("jane.doe", "git user.email"),
                UserIdentity.resolve(" ", Map.of(), () -> Optional.of("jane.doe@corp.com"), "os"));
        assertEquals(new UserIdentity("os", "OS user"),
                UserIdentity.resolve(null, Map.of(), Optional::empty, "os"));
    }

    @Test
    void defaultTemplateIsTargetSchemaAndUserSanitized() {
        SandboxName name = SandboxNaming.name(null, "db", "Analytics", "dev",
                new UserIdentity("Jane.Doe-Smith", "setting"), POSTGRES);
        assertEquals("analytics_jane_doe_smith", name.schema());
        assertEquals("_1st_user", SandboxNaming.name("{user}", null, "x", "dev",
                new UserIdentity("1st user", "setting"), POSTGRES).schema());
    }

    @Test
    void namesAreCutToTheWarehouseLimit() {
        String longUser = "u".repeat(100);
        assertEquals(63, SandboxNaming.name(null, null, "main", "dev", new UserIdentity(longUser, "setting"), POSTGRES)
                .schema().length());
        assertEquals(105, SandboxNaming.name(null, null, "main", "dev", new UserIdentity(longUser, "setting"),
                WarehouseDialect.of("duckdb")).schema().length());
    }

    @Test
    void aSandboxEqualToAProductionSchemaIsRefused() {
        SandboxName name = SandboxNaming.name("{target_schema}", null, "prod", "dev",
                new UserIdentity("ann", "setting"), POSTGRES);
        SandboxException e = assertThrows(SandboxException.class,
                () -> SandboxNaming.refuseProduction(name, List.of("main", "PROD")));
        assertTrue(e.getMessage().contains("production schema"), e.getMessage());
    }

    @Test
    void unknownPlaceholdersAreNamingErrors() {
        SandboxException e = assertThrows(SandboxException.class, () -> SandboxNaming.name("{team}_{user}", null,
                "main", "dev", new UserIdentity("ann", "setting"), POSTGRES));
        assertEquals(SandboxError.Kind.NAMING, e.error().kind());
    }

    @Test
    void secretsAndJdbcUrlsAreScrubbed() {
        Secrets secrets = new Secrets(List.of("hunter22"));
        assertEquals("auth failed for ***** at jdbc:***** with password=*****",
                secrets.redact("auth failed for hunter22 at jdbc:postgresql://u:hunter22@h/db with password=abc"));
    }
}
