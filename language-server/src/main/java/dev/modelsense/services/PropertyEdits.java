package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.Fix;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.project.PropertyFile;
import dev.modelsense.project.ResourceType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Edits to a model's property YAML as a person would write them, in the file's own indentation: a description stub
 * for the model or a column, data tests under a column, a renamed column entry. A model without a YAML entry gets one
 * in a property file of its folder (or a new {@code _<folder>__models.yml}); a model never gets a second entry.
 * Each method returns false, editing nothing, when there is nothing to add or the YAML cannot be edited safely
 * (it moved since the snapshot, or uses flow style where the edit would go).
 */
public final class PropertyEdits {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_ .-]*");

    private PropertyEdits() {
    }

    /** What to add under an entry, relative to its key indentation. */
    private interface Payload {
        /** The lines for an entry that lacks them entirely. */
        List<String> lines();

        /** Adds to an entry that exists; false when nothing could or needed to be added. */
        boolean addTo(FixEdits edits, Path file, YamlBlocks blocks, YamlBlocks.Entry entry, ColumnProperties column);
    }

    /** Adds {@code description: ""} to the model's entry ({@code column} null) or the column's. */
    public static boolean addDescription(FixEdits edits, ProjectSnapshot snapshot, ParsedNode node, String column) {
        return edit(edits, snapshot, node, column, new Payload() {
            public List<String> lines() {
                return List.of("description: \"\"");
            }

            public boolean addTo(FixEdits edits, Path file, YamlBlocks blocks, YamlBlocks.Entry entry,
                                 ColumnProperties existing) {
                if (blocks.keyIn(entry, "description").isPresent()) {
                    return false; // described already, if only by an empty string
                }
                int nameLine = blocks.keyIn(entry, "name").map(YamlBlocks.Key::line).orElse(entry.dashLine());
                edits.insert(file, blocks.endOf(nameLine), YamlBlocks.indented(entry.keyIndent(), lines()));
                return true;
            }
        });
    }

    /** Adds the tests a column lacks under its {@code data_tests:} (or existing {@code tests:}) list. */
    public static boolean addTests(FixEdits edits, ProjectSnapshot snapshot, ParsedNode node, String column,
                                   List<Fix.ImpliedTest> tests) {
        if (column == null || tests.isEmpty()) {
            return false;
        }
        return edit(edits, snapshot, node, column, new Payload() {
            public List<String> lines() {
                List<String> lines = new ArrayList<>(List.of("data_tests:"));
                tests.forEach(test -> testLines(test).forEach(line -> lines.add("  " + line)));
                return lines;
            }

            public boolean addTo(FixEdits edits, Path file, YamlBlocks blocks, YamlBlocks.Entry entry,
                                 ColumnProperties existing) {
                Set<String> present = existing == null ? Set.of() : testNames(existing.dataTests());
                List<Fix.ImpliedTest> missing = tests.stream().filter(t -> !present.contains(t.name())).toList();
                if (missing.isEmpty()) {
                    return false;
                }
                Optional<YamlBlocks.Key> key = blocks.keyIn(entry, "data_tests").or(() -> blocks.keyIn(entry, "tests"));
                if (key.isEmpty()) {
                    List<String> lines = new ArrayList<>(List.of("data_tests:"));
                    missing.forEach(test -> testLines(test).forEach(line -> lines.add("  " + line)));
                    int last = blocks.lastContentLine(entry.dashLine(), entry.endLine());
                    edits.insert(file, blocks.endOf(last), YamlBlocks.indented(entry.keyIndent(), lines));
                    return true;
                }
                if (key.get().inlineValue()) {
                    return false; // `data_tests: [not_null]`: flow style is left to its author
                }
                YamlBlocks.ListBlock list = blocks.listUnder(key.get());
                int dash = list.dashIndent() >= 0 ? list.dashIndent() : key.get().indent() + 2;
                List<String> lines = new ArrayList<>();
                missing.forEach(test -> lines.addAll(testLines(test)));
                edits.insert(file, blocks.endOf(list.lastLine()), YamlBlocks.indented(dash, lines));
                return true;
            }
        });
    }

    /** Renames the model's {@code - name: from} column entries (top level and per version) to {@code to}. */
    public static void renameColumnEntries(FixEdits edits, ParsedNode node, String from, String to) {
        NodeProperties properties = node.spec().properties();
        if (properties == null || properties.file() == null) {
            return;
        }
        List<ColumnProperties> columns = new ArrayList<>(orEmpty(properties.columns()));
        if (properties.versions() != null) {
            properties.versions().forEach(version -> columns.addAll(orEmpty(version.columns())));
        }
        for (ColumnProperties column : columns) {
            if (column.name() == null || !column.name().equalsIgnoreCase(from) || column.location() == null) {
                continue;
            }
            Path file = column.location().file() != null ? column.location().file() : properties.file();
            Optional<String> text = edits.text(file);
            if (text.isEmpty()) {
                continue;
            }
            YamlBlocks blocks = new YamlBlocks(text.get());
            int line = column.location().line();
            if (line >= blocks.lines().lineCount()) {
                continue;
            }
            int start = blocks.lines().lineStart(line) + column.location().column();
            String rest = text.get().substring(Math.min(start, text.get().length()));
            if (rest.startsWith("\"") || rest.startsWith("'")) {
                start++;
                rest = rest.substring(1);
            }
            if (rest.regionMatches(true, 0, column.name(), 0, column.name().length())) {
                edits.replace(file, start, start + column.name().length(), to);
            }
        }
    }

    private static boolean edit(FixEdits edits, ProjectSnapshot snapshot, ParsedNode node, String column,
                                Payload payload) {
        NodeProperties properties = node.spec().properties();
        if (properties == null || properties.location() == null || properties.file() == null) {
            return addModelEntry(edits, snapshot, node, column, payload);
        }
        Path file = properties.file();
        Optional<String> text = edits.text(file);
        if (text.isEmpty()) {
            return false;
        }
        YamlBlocks blocks = new YamlBlocks(text.get());
        Optional<YamlBlocks.Entry> model = blocks.entryAt(properties.location().line(),
                properties.location().column(), node.name());
        if (model.isEmpty()) {
            return false;
        }
        if (column == null) {
            return payload.addTo(edits, file, blocks, model.get(), null);
        }
        for (ColumnProperties existing : orEmpty(properties.columns())) {
            if (existing.name() != null && existing.name().equalsIgnoreCase(column) && existing.location() != null) {
                return blocks.entryAt(existing.location().line(), existing.location().column(), existing.name())
                        .map(entry -> payload.addTo(edits, file, blocks, entry, existing)).orElse(false);
            }
        }
        List<String> columnEntry = entry(column, payload.lines());
        Optional<YamlBlocks.Key> columnsKey = blocks.keyIn(model.get(), "columns");
        if (columnsKey.isPresent()) {
            if (columnsKey.get().inlineValue()) {
                return false;
            }
            YamlBlocks.ListBlock list = blocks.listUnder(columnsKey.get());
            int dash = list.dashIndent() >= 0 ? list.dashIndent() : columnsKey.get().indent() + 2;
            edits.insert(file, blocks.endOf(list.lastLine()), YamlBlocks.indented(dash, columnEntry));
            return true;
        }
        List<String> lines = new ArrayList<>(List.of("columns:"));
        columnEntry.forEach(line -> lines.add("  " + line));
        int last = blocks.lastContentLine(model.get().dashLine(), model.get().endLine());
        edits.insert(file, blocks.endOf(last), YamlBlocks.indented(model.get().keyIndent(), lines));
        return true;
    }

    /** A model without YAML: an entry in a property file of its folder, or a new file for the folder. */
    private static boolean addModelEntry(FixEdits edits, ProjectSnapshot snapshot, ParsedNode node, String column,
                                         Payload payload) {
        List<String> body = column == null ? payload.lines() : prefixed("columns:", entry(column, payload.lines()));
        List<String> modelEntry = entry(node.name(), body);
        Path folder = node.spec().file().path().toAbsolutePath().normalize().getParent();
        Optional<PropertyFile> sibling = propertyFileIn(snapshot, folder, node.spec().packageName());
        if (sibling.isPresent()) {
            Path file = sibling.get().file();
            Optional<String> text = edits.text(file);
            if (text.isEmpty()) {
                return false;
            }
            YamlBlocks blocks = new YamlBlocks(text.get());
            Optional<YamlBlocks.Key> models = blocks.topLevelKey("models");
            if (models.isPresent()) {
                if (models.get().inlineValue()) {
                    return false;
                }
                YamlBlocks.ListBlock list = blocks.listUnder(models.get());
                int dash = list.dashIndent() >= 0 ? list.dashIndent() : 2;
                edits.insert(file, blocks.endOf(list.lastLine()), YamlBlocks.indented(dash, modelEntry));
                return true;
            }
            String separator = text.get().isEmpty() || text.get().endsWith("\n") ? "" : "\n";
            edits.insert(file, text.get().length(), separator + "\nmodels:" + YamlBlocks.indented(2, modelEntry)
                    + "\n");
            return true;
        }
        String folderName = folder.getFileName() == null ? "models" : folder.getFileName().toString();
        Path created = folder.resolve("_" + folderName + "__models.yml");
        if (edits.text(created).isPresent()) {
            return false; // a file of that name exists but holds no properties we could read
        }
        edits.create(created, "version: 2\n\nmodels:" + YamlBlocks.indented(2, modelEntry) + "\n");
        return true;
    }

    private static Optional<PropertyFile> propertyFileIn(ProjectSnapshot snapshot, Path folder, String packageName) {
        PropertyFile any = null;
        for (PropertyFile file : snapshot.project().properties()) {
            Path parent = file.file().toAbsolutePath().normalize().getParent();
            if (!folder.equals(parent) || !packageName.equals(file.packageName())) {
                continue;
            }
            if (file.nodes().stream().anyMatch(n -> n.type() == ResourceType.MODEL)) {
                return Optional.of(file);
            }
            any = any == null ? file : any;
        }
        return Optional.ofNullable(any);
    }

    /** {@code - name: x} with a body under it, relative to the dash. */
    private static List<String> entry(String name, List<String> body) {
        List<String> lines = new ArrayList<>(List.of("- name: " + scalar(name)));
        body.forEach(line -> lines.add("  " + line));
        return lines;
    }

    private static List<String> prefixed(String key, List<String> list) {
        List<String> lines = new ArrayList<>(List.of(key));
        list.forEach(line -> lines.add("  " + line));
        return lines;
    }

    /** A test as a list item: {@code - not_null}, or {@code - accepted_values:} with its arguments under it. */
    static List<String> testLines(Fix.ImpliedTest test) {
        if (test.arguments().isEmpty()) {
            return List.of("- " + test.name());
        }
        List<String> lines = new ArrayList<>(List.of("- " + test.name() + ":"));
        test.arguments().forEach((key, value) -> lines.add("    " + key + ": " + flow(value)));
        return lines;
    }

    /** A value in YAML flow style: {@code [0, 1]}, {@code {a: b}}, a quoted string where plain would misread. */
    static String flow(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            return "[" + String.join(", ", items.stream().map(PropertyEdits::flow).toList()) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            List<String> pairs = new ArrayList<>();
            map.forEach((k, v) -> pairs.add(scalar(String.valueOf(k)) + ": " + flow(v)));
            return "{" + String.join(", ", pairs) + "}";
        }
        return scalar(value.toString());
    }

    private static String scalar(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean reserved = Set.of("true", "false", "yes", "no", "on", "off", "null", "~").contains(lower);
        if (PLAIN.matcher(text).matches() && !reserved && !text.endsWith(" ") && !text.contains(": ")) {
            return text;
        }
        return "'" + text.replace("'", "''") + "'";
    }

    private static Set<String> testNames(List<Object> tests) {
        Set<String> names = new java.util.HashSet<>();
        if (tests != null) {
            for (Object test : tests) {
                if (test instanceof String name) {
                    names.add(name);
                } else if (test instanceof Map<?, ?> map && map.size() >= 1) {
                    map.keySet().forEach(key -> names.add(String.valueOf(key)));
                }
            }
        }
        return names;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
