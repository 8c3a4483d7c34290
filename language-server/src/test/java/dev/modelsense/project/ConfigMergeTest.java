package dev.modelsense.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigMergeTest {

    @Test
    void tagsAppendWithoutDuplicatesKeepingOrder() {
        Map<String, Object> merged = ConfigMerge.merge(Map.of("+tags", List.of("a", "b")), Map.of("tags", List.of("b", "c")));
        assertEquals(List.of("a", "b", "c"), merged.get("tags"));
    }

    @Test
    void singleStringTagIsListified() {
        Map<String, Object> merged = ConfigMerge.merge(Map.of("tags", "nightly"), Map.of("+tags", "pii"));
        assertEquals(List.of("nightly", "pii"), merged.get("tags"));
    }

    @Test
    void hooksAppendAcrossSpellings() {
        Map<String, Object> merged = ConfigMerge.merge(Map.of("pre_hook", "select 1"),
                Map.of("+pre-hook", List.of("select 2")));
        assertEquals(List.of("select 1", "select 2"), merged.get("pre-hook"));
        Map<String, Object> post = ConfigMerge.merge(Map.of("post-hook", List.of("a")), Map.of("post_hook", "a"));
        assertEquals(List.of("a", "a"), post.get("post-hook"), "hooks are not deduplicated");
    }

    @Test
    void metaAndDocsUpdateKeyByKey() {
        Map<String, Object> merged = ConfigMerge.merge(
                Map.of("meta", Map.of("owner", "ana", "tier", 1), "docs", Map.of("show", true)),
                Map.of("+meta", Map.of("tier", 2), "docs", Map.of("node_color", "red")));
        assertEquals(Map.of("owner", "ana", "tier", 2), merged.get("meta"));
        assertEquals(Map.of("show", true, "node_color", "red"), merged.get("docs"));
    }

    @Test
    void grantsReplacePerPrivilegeUnlessPlusExtends() {
        Map<String, Object> base = Map.of("grants", Map.of("select", List.of("analyst"), "insert", "loader"));
        Map<String, Object> replaced = ConfigMerge.merge(base, Map.of("grants", Map.of("select", List.of("bi"))));
        assertEquals(Map.of("select", List.of("bi"), "insert", List.of("loader")), replaced.get("grants"));
        Map<String, Object> extended = ConfigMerge.merge(base, Map.of("grants", Map.of("+select", "bi")));
        assertEquals(List.of("analyst", "bi"), ((Map<?, ?>) extended.get("grants")).get("select"));
    }

    @Test
    void everythingElseIsReplacedIncludingPersistDocs() {
        Map<String, Object> merged = ConfigMerge.merge(
                Map.of("materialized", "view", "persist_docs", Map.of("relation", true)),
                Map.of("+materialized", "table", "persist_docs", Map.of("columns", true)));
        assertEquals("table", merged.get("materialized"));
        assertEquals(Map.of("columns", true), merged.get("persist_docs"));
    }

    @Test
    void inputsAreNotModified() {
        Map<String, Object> base = new LinkedHashMap<>(Map.of("tags", new java.util.ArrayList<>(List.of("a"))));
        ConfigMerge.merge(base, Map.of("tags", List.of("b")));
        assertEquals(List.of("a"), base.get("tags"));
    }
}
