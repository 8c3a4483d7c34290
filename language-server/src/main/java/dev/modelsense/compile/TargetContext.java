package dev.modelsense.compile;

import dev.modelsense.project.TargetProfile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code target} as Jinja sees it: dbt's target dict, with every secret left out. */
final class TargetContext {

    private static final Set<String> SECRET_HINTS = Set.of("password", "token", "secret", "private_key",
            "keyfile", "credentials", "passphrase");

    private TargetContext() {
    }

    static Map<String, Object> of(TargetProfile target) {
        Map<String, Object> map = new HashMap<>();
        if (target.settings() != null) {
            target.settings().forEach((key, value) -> {
                if (!isSecret(key)) {
                    map.put(key, value);
                }
            });
        }
        map.put("type", target.type());
        map.put("name", target.targetName());
        map.put("target_name", target.targetName());
        map.put("profile_name", target.profileName());
        map.put("database", target.database());
        map.put("schema", target.schema());
        map.put("threads", target.threads());
        return map;
    }

    static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_HINTS.stream().anyMatch(lower::contains);
    }
}
