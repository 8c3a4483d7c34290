package dev.modelsense.sandbox;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a template such as {@code {target_schema}_{user}} into a schema name every warehouse accepts unquoted:
 * lower case, {@code [a-z0-9_]}, not starting with a digit, no longer than the warehouse keeps.
 */
public final class SandboxNaming {

    public static final String DEFAULT_TEMPLATE = "{target_schema}_{user}";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private SandboxNaming() {
    }

    public static SandboxName name(String template, String database, String targetSchema, String targetName,
                                   UserIdentity user, WarehouseDialect dialect) {
        String pattern = template == null || template.isBlank() ? DEFAULT_TEMPLATE : template;
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder raw = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "target_schema", "schema" -> targetSchema == null ? "" : targetSchema;
                case "user" -> user.name();
                case "target", "target_name" -> targetName == null ? "" : targetName;
                default -> throw new SandboxException(SandboxError.Kind.NAMING, "Unknown placeholder {"
                        + matcher.group(1) + "} in sandbox template '" + pattern
                        + "' (use {target_schema}, {user}, {target})");
            };
            matcher.appendReplacement(raw, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(raw);
        String schema = sanitize(raw.toString(), dialect);
        if (schema.isEmpty() || schema.chars().allMatch(c -> c == '_')) {
            throw new SandboxException(SandboxError.Kind.NAMING, "Sandbox template '" + pattern
                    + "' gives an empty schema name");
        }
        return new SandboxName(database, schema, user);
    }

    static String sanitize(String raw, WarehouseDialect dialect) {
        String lower = raw.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            char kept = safe ? c : '_';
            // runs of replaced characters ("a.b@c" -> "a_b_c", not "a__b") stay readable
            if (kept == '_' && !out.isEmpty() && out.charAt(out.length() - 1) == '_' && !safe) {
                continue;
            }
            out.append(kept);
        }
        String name = out.toString();
        if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
            name = "_" + name;
        }
        return name.length() > dialect.maxIdentifierLength() ? name.substring(0, dialect.maxIdentifierLength()) : name;
    }

    /** A sandbox that is also a production schema would overwrite production: refuse it before anything runs. */
    public static void refuseProduction(SandboxName sandbox, Collection<String> productionSchemas) {
        for (String production : productionSchemas) {
            if (production != null && production.equalsIgnoreCase(sandbox.schema())) {
                throw new SandboxException(SandboxError.Kind.NAMING, "Sandbox schema '" + sandbox.schema()
                        + "' is a production schema; choose a sandbox template that includes {user}");
            }
        }
    }
}
