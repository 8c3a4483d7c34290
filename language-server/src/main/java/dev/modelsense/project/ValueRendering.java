package dev.modelsense.project;

import dev.modelsense.project.ValueRenderer.RenderScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.Node;

/**
 * dbt's {@code deep_map_render}: walks a YAML value and hands every string that contains Jinja to the
 * {@link ValueRenderer}, unless the key path is one dbt renders later. List positions appear in key paths
 * as their decimal index. Always returns a fresh structure, so anchors shared in YAML are never mutated.
 */
final class ValueRendering {

    private final ValueRenderer renderer;
    private final RenderScope scope;
    private final Predicate<List<String>> shouldRender;
    private final Problems problems;
    private final Path file;
    private final Node root;

    /** @param root the document node the key paths start from, for error positions; nullable */
    ValueRendering(ValueRenderer renderer, RenderScope scope, Predicate<List<String>> shouldRender,
                   Problems problems, Path file, Node root) {
        this.renderer = renderer;
        this.scope = scope;
        this.shouldRender = shouldRender;
        this.problems = problems;
        this.file = file;
        this.root = root;
    }

    Object render(Object value, List<String> keyPath) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((key, item) -> result.put(String.valueOf(key), render(item, append(keyPath, String.valueOf(key)))));
            return result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                result.add(render(list.get(i), append(keyPath, Integer.toString(i))));
            }
            return result;
        }
        if (value instanceof String text && hasJinja(text) && shouldRender.test(keyPath)) {
            return renderString(text, keyPath);
        }
        return value;
    }

    private Object renderString(String text, List<String> keyPath) {
        try {
            return renderer.render(text, List.copyOf(keyPath), scope);
        } catch (RuntimeException e) {
            Location at = YamlText.location(file, locate(keyPath));
            problems.error("render-error", "Could not render " + text + ": " + e.getMessage(),
                    at != null ? at : new Location(file, 0, 0));
            return text;
        }
    }

    private Node locate(List<String> keyPath) {
        Node node = root;
        for (String key : keyPath) {
            Node next = YamlText.child(node, key);
            if (next == null && key.chars().allMatch(Character::isDigit)) {
                next = YamlText.item(node, Integer.parseInt(key));
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }

    static boolean hasJinja(String text) {
        return text.contains("{{") || text.contains("{%");
    }

    private static List<String> append(List<String> path, String key) {
        List<String> result = new ArrayList<>(path.size() + 1);
        result.addAll(path);
        result.add(key);
        return result;
    }
}
