package dev.modelsense.conventions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name pattern: a template such as {@code stg_<source>__<entity>} whose placeholders stand for lower- or
 * upper-case words joined by single underscores (or one of the placeholder's vocabulary), or a regular expression.
 * {@code *} in a template matches anything. A template can also build a conforming name from placeholder values.
 */
record NameTemplate(String text, boolean isRegex, Pattern pattern, List<String> placeholders) {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([A-Za-z_][A-Za-z0-9_]*)>");
    private static final String WORDS = "[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*";

    NameTemplate {
        placeholders = List.copyOf(placeholders);
    }

    /** @param vocabularies allowed values per placeholder name; a placeholder without one takes any words */
    static NameTemplate template(String text, Map<String, List<String>> vocabularies) {
        StringBuilder regex = new StringBuilder();
        List<String> names = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int last = 0;
        while (matcher.find()) {
            literal(text.substring(last, matcher.start()), regex);
            String name = matcher.group(1);
            List<String> vocabulary = vocabularies.getOrDefault(name, List.of());
            regex.append("(").append(vocabulary.isEmpty() ? WORDS
                    : String.join("|", vocabulary.stream().map(Pattern::quote).toList())).append(")");
            names.add(name);
            last = matcher.end();
        }
        literal(text.substring(last), regex);
        return new NameTemplate(text, false, Pattern.compile(regex.toString()), names);
    }

    /** @throws java.util.regex.PatternSyntaxException for an invalid expression */
    static NameTemplate regex(String expression) {
        return new NameTemplate(expression, true, Pattern.compile(expression), List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NameTemplate that && that.text.equals(text) && that.isRegex == isRegex
                && that.pattern.pattern().equals(pattern.pattern());
    }

    @Override
    public int hashCode() {
        return pattern.pattern().hashCode();
    }

    boolean matches(String name) {
        return pattern.matcher(name).matches();
    }

    /** How a message names this pattern: the template, or {@code /regex/}. */
    String describe() {
        return isRegex ? "/" + text + "/" : text;
    }

    /** This template with every placeholder filled, when it has a value for each and the result conforms. */
    Optional<String> fill(Map<String, String> values) {
        if (isRegex || text.contains("*")) {
            return Optional.empty();
        }
        String name = text;
        for (String placeholder : placeholders) {
            String value = values.get(placeholder);
            if (value == null || value.isEmpty()) {
                return Optional.empty();
            }
            name = name.replace("<" + placeholder + ">", value);
        }
        return matches(name) ? Optional.of(name) : Optional.empty();
    }

    private static void literal(String text, StringBuilder regex) {
        String[] parts = text.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            if (!parts[i].isEmpty()) {
                regex.append(Pattern.quote(parts[i]));
            }
        }
    }
}
