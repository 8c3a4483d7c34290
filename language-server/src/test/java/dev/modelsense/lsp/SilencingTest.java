package dev.modelsense.lsp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SilencingTest {

    @Test
    void inlineCommentsInSqlYamlAndJinja() {
        assertEquals(Set.of("ref-unknown", "dag-cycle"),
                Silencing.inline("select 1 -- modelsense: ignore=ref-unknown, dag-cycle\n"));
        assertEquals(Set.of("yaml-syntax"), Silencing.inline("# modelsense: ignore=yaml-syntax\nversion: 2\n"));
        assertEquals(Set.of("a"), Silencing.inline("{# modelsense: ignore=a #}"));
        assertEquals(Set.of(), Silencing.inline("select 'modelsense: ignore=a'"));
    }

    @Test
    void modelConfigTakesAListOrOneCode() {
        assertEquals(Set.of("x", "y"), Silencing.fromConfig(Map.of("modelsense", Map.of("ignore", List.of("x", "y")))));
        assertEquals(Set.of("x"), Silencing.fromConfig(Map.of("modelsense", Map.of("ignore", "x"))));
        assertEquals(Set.of(), Silencing.fromConfig(Map.of("modelsense", "ignore")));
        assertEquals(Set.of(), Silencing.fromConfig(Map.of()));
    }

    @Test
    void settingsConfigAndCommentsAddUp() {
        assertEquals(Set.of("a", "b"), Silencing.ignoredIn(Set.of("a"), List.of(), "-- modelsense: ignore=b"));
    }
}
