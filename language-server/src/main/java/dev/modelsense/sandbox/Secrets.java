package dev.modelsense.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scrubs credentials from anything a driver says before it reaches a message, log or exception: the known secret
 * values, JDBC URLs (which may embed a user and password), and {@code password=...} pairs.
 */
public final class Secrets {

    private static final Pattern JDBC_URL = Pattern.compile("jdbc:[^\\s'\"]+");
    private static final Pattern PASSWORD_PAIR = Pattern.compile("(?i)(password|pwd|token|secret)\\s*[=:]\\s*[^\\s&;,'\"]+");
    private static final String MASK = "*****";

    private final List<String> values;

    public Secrets(List<String> secretValues) {
        List<String> kept = new ArrayList<>();
        for (String value : secretValues) {
            if (value != null && value.length() >= 3) {
                kept.add(value);
            }
        }
        // longest first, so a secret that contains another is masked whole
        kept.sort((a, b) -> b.length() - a.length());
        this.values = List.copyOf(kept);
    }

    public static Secrets none() {
        return new Secrets(List.of());
    }

    public String redact(String message) {
        if (message == null) {
            return "";
        }
        String out = message;
        for (String value : values) {
            out = out.replace(value, MASK);
        }
        out = JDBC_URL.matcher(out).replaceAll("jdbc:" + MASK);
        return PASSWORD_PAIR.matcher(out).replaceAll("$1=" + MASK);
    }
}
