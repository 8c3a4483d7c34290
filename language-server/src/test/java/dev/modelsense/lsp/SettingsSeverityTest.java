package dev.modelsense.lsp;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsSeverityTest {

    @Test
    void readsSeveritiesAndSandboxSettingsAndWarnsAboutBadLevels() {
        List<String> warnings = new ArrayList<>();
        ServerSettings settings = ServerSettings.parse(Map.of("modelsense", Map.of(
                "diagnostics", Map.of("severity", Map.of("column-not-produced", "Hint", "sql-syntax", "off",
                        "dag-cycle", "loud")),
                "sandbox", Map.of("user", "ana", "schemaTemplate", "dev_{user}"))), warnings::add);
        assertEquals(Map.of("column-not-produced", "hint", "sql-syntax", "off"), settings.severities());
        assertEquals("ana", settings.sandboxUser());
        assertEquals("dev_{user}", settings.sandboxTemplate());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("dag-cycle")), warnings::toString);
    }
}
