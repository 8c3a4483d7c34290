package dev.modelsense.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * dbt's config merge ({@code BaseConfig.update_from} with the {@code MergeBehavior} of {@code NodeConfig}):
 * <ul>
 *   <li>append: {@code tags} (deduplicated, order kept), {@code pre-hook}, {@code post-hook}, {@code packages};</li>
 *   <li>update (dict merge): {@code meta}, {@code quoting}, {@code column_types}, {@code docs}, {@code contract};</li>
 *   <li>dict-key-append: {@code grants} (a {@code +role} key extends the role's grantee list, a plain key replaces it);</li>
 *   <li>everything else, {@code persist_docs} included, is replaced.</li>
 * </ul>
 * Keys arrive with or without {@code +}; {@code pre_hook}/{@code post_hook} are normalised to the dashed spelling.
 */
public final class ConfigMerge {

    private static final Set<String> APPEND = Set.of("tags", "pre-hook", "post-hook", "packages");
    private static final Set<String> UPDATE = Set.of("meta", "quoting", "column_types", "docs", "contract");
    private static final String DICT_KEY_APPEND = "grants";

    private ConfigMerge() {}

    /** A new map: {@code base} with {@code override} merged on top. Neither argument is modified. */
    public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> result = normalize(base);
        normalize(override).forEach((key, value) -> result.put(key, result.containsKey(key)
                ? mergeValue(key, result.get(key), value)
                : value));
        return result;
    }

    /** Keys without {@code +}, hook names dashed, tags/hooks/packages as lists (a single string is one item), values deep-copied. */
    public static Map<String, Object> normalize(Map<String, Object> config) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (config == null) {
            return result;
        }
        config.forEach((key, value) -> {
            String name = normalizeKey(key);
            Object copy = APPEND.contains(name) && value != null ? Values.listify(Values.deepCopy(value)) : Values.deepCopy(value);
            // "+pre-hook" and "pre_hook" in one mapping: both apply, in order
            result.put(name, result.containsKey(name) ? mergeValue(name, result.get(name), copy) : copy);
        });
        return result;
    }

    static String normalizeKey(String key) {
        String name = key.startsWith("+") ? key.substring(1).strip() : key;
        return switch (name) {
            case "pre_hook" -> "pre-hook";
            case "post_hook" -> "post-hook";
            default -> name;
        };
    }

    private static Object mergeValue(String key, Object base, Object override) {
        if (APPEND.contains(key)) {
            List<Object> merged = Values.listify(base);
            merged.addAll(Values.listify(override));
            return key.equals("tags") ? new ArrayList<>(new LinkedHashSet<>(merged)) : merged;
        }
        if (UPDATE.contains(key) && base instanceof Map<?, ?> baseMap && override instanceof Map<?, ?> overrideMap) {
            Map<String, Object> merged = Values.stringMap(baseMap);
            merged.putAll(Values.stringMap(overrideMap));
            return merged;
        }
        if (key.equals(DICT_KEY_APPEND) && base instanceof Map<?, ?> baseMap && override instanceof Map<?, ?> overrideMap) {
            return mergeGrants(baseMap, overrideMap);
        }
        return override;
    }

    private static Map<String, Object> mergeGrants(Map<?, ?> base, Map<?, ?> override) {
        Map<String, Object> merged = new LinkedHashMap<>();
        base.forEach((privilege, grantees) -> merged.put(String.valueOf(privilege), Values.listify(grantees)));
        override.forEach((rawPrivilege, grantees) -> {
            String privilege = String.valueOf(rawPrivilege);
            boolean extend = privilege.startsWith("+");
            String name = extend ? privilege.replaceFirst("^\\++", "") : privilege;
            if (extend && merged.get(name) instanceof List<?> existing) {
                List<Object> extended = new ArrayList<>(existing);
                extended.addAll(Values.listify(grantees));
                merged.put(name, extended);
            } else {
                merged.put(name, Values.listify(grantees));
            }
        });
        return merged;
    }
}
