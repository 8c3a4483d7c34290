package dev.modelsense.lsp;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerSettingsTest {

    @Test
    void readsEveryFieldFromInitializationOptions() {
        List<String> warnings = new ArrayList<>();
        ServerSettings settings = ServerSettings.parse(JsonParser.parseString("""
                {"profilesDir": "conf", "target": "prod", "vars": {"start": 2020, "name": "x", "on": true},
                 "debounceMillis": 50, "diagnostics": {"ignore": ["ref-unknown", "yaml-syntax"]}}
                """), warnings::add);
        assertEquals(Path.of("conf"), settings.profilesDir());
        assertEquals("prod", settings.target());
        // numbers read as YAML reads them, so the same vars compile as with --vars on the CLI
        assertEquals(Map.of("start", 2020, "name", "x", "on", true), settings.vars());
        assertEquals(50, settings.debounceMillis());
        assertEquals(Set.of("ref-unknown", "yaml-syntax"), settings.ignoredCodes());
        assertEquals(List.of(), warnings);
    }

    @Test
    void acceptsSettingsNestedUnderModelsenseAndVarsAsYamlText() {
        ServerSettings settings = ServerSettings.parse(JsonParser.parseString(
                "{\"modelsense\": {\"vars\": \"{days: 3}\"}}"), w -> { });
        assertEquals(Map.of("days", 3), settings.vars());
    }

    @Test
    void malformedFieldsWarnAndKeepTheirDefaults() {
        List<String> warnings = new ArrayList<>();
        ServerSettings settings = ServerSettings.parse(JsonParser.parseString(
                "{\"vars\": [1, 2], \"debounceMillis\": \"soon\"}"), warnings::add);
        assertEquals(Map.of(), settings.vars());
        assertEquals(ServerSettings.DEFAULT_DEBOUNCE_MILLIS, settings.debounceMillis());
        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).contains("vars"), warnings.toString());
    }

    @Test
    void missingOptionsAreTheDefaults() {
        assertEquals(ServerSettings.DEFAULTS, ServerSettings.parse(null, w -> { }));
        ServerSettings settings = ServerSettings.parse(JsonParser.parseString("[]"), w -> { });
        assertNull(settings.target());
    }
}
