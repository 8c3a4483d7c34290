package dev.modelsense.intellij;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServerOptionsTest {

    @Test
    void unsetSettingsLeaveTheServerDefaultsButAskForPushedDiagnostics() {
        assertEquals("{\"modelsense\":{\"diagnostics\":{\"mode\":\"push\"}}}",
                ServerOptions.initializationOptions(PluginSettings.DEFAULTS));
    }

    @Test
    void everySettingInTheShapeTheServerReads() {
        PluginSettings settings = new PluginSettings("", "", List.of(), "/home/me/.dbt", "dev",
                "{\"start\": \"2024-01-01\"}", OptionalLong.of(100), List.of("naming", "docs"));
        assertEquals(JsonParser.parseString("""
                {"modelsense": {"profilesDir": "/home/me/.dbt", "target": "dev",
                  "vars": "{\\"start\\": \\"2024-01-01\\"}", "debounceMillis": 100,
                  "diagnostics": {"mode": "push", "ignore": ["naming", "docs"]}}}"""),
                JsonParser.parseString(ServerOptions.initializationOptions(settings)));
    }

    @Test
    void escapesWhatJsonMust() {
        String written = Json.write(Map.of("k", "quote \" backslash \\ newline \n tab \t bell \u0007"));
        assertEquals("quote \" backslash \\ newline \n tab \t bell \u0007",
                JsonParser.parseString(written).getAsJsonObject().get("k").getAsString());
        assertEquals("[1,true,null,\"x\"]", Json.write(java.util.Arrays.asList(1, true, null, "x")));
    }
}
