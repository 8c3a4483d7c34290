package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.project.Severity;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Position;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where things are written in a model's files: its {@code ref()}/{@code source()} calls with literal arguments in
 * the raw SQL, and its name (the YAML {@code name:} entry when the model has one, else the first line of its SQL).
 */
final class CallSites {

    private static final Pattern CALL = Pattern.compile(
            "(?<![\\w.])(ref|source)\\s*\\(\\s*(['\"])([^'\"\\n]*)\\2(?:\\s*,\\s*(['\"])([^'\"\\n]*)\\4)?");

    /** A call: the function, its one or two literal arguments, and where {@code ref}/{@code source} starts. */
    record Call(String function, String first, String second, int line, int column) {
        /** The model a ref names: the last positional argument ({@code ref('package', 'model')}). */
        String refName() {
            return second != null ? second : first;
        }
    }

    private final ParsedNode node;
    private List<Call> calls;

    private CallSites(ParsedNode node, List<Call> calls) {
        this.node = node;
        this.calls = calls;
    }

    /** Call sites found on first use. */
    static CallSites lazy(ParsedNode node) {
        return new CallSites(node, null);
    }

    private List<Call> calls() {
        if (calls == null) {
            calls = of(node).calls;
        }
        return calls;
    }

    static CallSites of(ParsedNode node) {
        String raw = node.spec().rawCode();
        List<Call> calls = new ArrayList<>();
        if (raw != null) {
            LineIndex lines = LineIndex.of(raw);
            Matcher matcher = CALL.matcher(raw);
            while (matcher.find()) {
                Position start = lines.positionAt(matcher.start(1));
                calls.add(new Call(matcher.group(1), matcher.group(3), matcher.group(5),
                        node.spec().bodyLine() + start.line(), start.character()));
            }
        }
        return new CallSites(node, calls);
    }

    Optional<Call> ref(String modelName) {
        return calls().stream().filter(c -> c.function().equals("ref") && modelName.equals(c.refName())).findFirst();
    }

    Optional<Call> source(String sourceName, String tableName) {
        return calls().stream().filter(c -> c.function().equals("source") && sourceName.equals(c.first())
                && tableName.equals(c.second())).findFirst();
    }

    /** A problem at a call, or at the model's name when the call is not written literally (built in a macro). */
    Problem at(Optional<Call> call, String code, Severity severity, String message) {
        return call.map(c -> new Problem(code, severity, message, node.spec().file().path(), c.line(), c.column(),
                List.of())).orElseGet(() -> atName(node, code, severity, message));
    }

    /** A problem at the model's name: its YAML entry, else the first line of its SQL. */
    static Problem atName(ParsedNode node, String code, Severity severity, String message) {
        var properties = node.spec().properties();
        if (properties != null && properties.location() != null && properties.file() != null) {
            Path file = properties.file();
            return new Problem(code, severity, message, file, properties.location().line(),
                    properties.location().column(), List.of());
        }
        return new Problem(code, severity, message, node.spec().file().path(), node.spec().bodyLine(), 0, List.of());
    }
}
