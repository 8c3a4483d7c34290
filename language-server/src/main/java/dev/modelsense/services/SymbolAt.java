package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.DocsBlock;
import dev.modelsense.jinja.MacroInfo;
import dev.modelsense.jinja.RefArgs;
import dev.modelsense.text.Position;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the name under the cursor refers to, read from the current text and resolved against the snapshot:
 * the argument of {@code ref}/{@code source}/{@code var}/{@code doc}, a macro name, {@code alias.column}, or a
 * model's {@code - name:} in property YAML. Offsets delimit the name in the document.
 */
sealed interface SymbolAt {

    int start();

    int end();

    record Model(ParsedNode node, int start, int end) implements SymbolAt {
    }

    record Source(SourceNode source, int start, int end) implements SymbolAt {
    }

    record Macro(MacroInfo macro, int start, int end) implements SymbolAt {
    }

    record Var(String name, int start, int end) implements SymbolAt {
    }

    record Doc(DocsBlock doc, int start, int end) implements SymbolAt {
    }

    record Column(RelationAliases.Target owner, ColumnInfo column, int start, int end) implements SymbolAt {
    }

    Set<String> CALLS = Set.of("ref", "source", "var", "doc");
    int MAX_TEXT = 5_000_000;

    static Optional<SymbolAt> find(DocumentContext ctx, Position position) {
        try {
            String text = ctx.text();
            if (text.length() > MAX_TEXT) {
                return Optional.empty();
            }
            int offset = ctx.document().lines().offsetAt(position);
            Optional<SymbolAt> inCall = inCall(ctx, text, offset);
            if (inCall.isPresent()) {
                return inCall;
            }
            return ctx.isYaml() ? yamlName(ctx, position) : word(ctx, position);
        } catch (RuntimeException e) {
            return Optional.empty(); // odd text or a stale snapshot: nothing to show
        }
    }

    private static Optional<SymbolAt> inCall(DocumentContext ctx, String text, int offset) {
        int from = Math.max(0, offset - 2_000);
        int to = Math.min(text.length(), offset + 2_000);
        String window = text.substring(from, to);
        Optional<TemplateCalls.Call> found = TemplateCalls.at(window, offset - from, CALLS);
        if (found.isEmpty() || found.get().argumentAt(offset - from).isEmpty()) {
            return Optional.empty();
        }
        TemplateCalls.Call call = found.get();
        TemplateCalls.Argument arg = call.argumentAt(offset - from).get();
        int start = arg.start() + from;
        int end = arg.end() + from;
        String here = ctx.packageName();
        List<TemplateCalls.Argument> positional = call.positional();
        switch (call.function()) {
            case "ref" -> {
                TemplateCalls.Argument name = positional.isEmpty() ? arg : positional.get(positional.size() - 1);
                return ProjectLookup.refArgs(call).flatMap(ref -> ProjectLookup.ref(ctx.snapshot(), ref, here))
                        .map(node -> new Model(node, name.start() + from, name.end() + from));
            }
            case "source" -> {
                return RelationAliases.resolve(ctx, call, here)
                        .map(target -> new Source(target.source(), start, end));
            }
            case "var" -> {
                return arg == positional.get(0) ? Optional.of(new Var(arg.value(), start, end)) : Optional.empty();
            }
            default -> {
                String pkg = positional.size() == 2 ? positional.get(0).value() : null;
                String name = positional.get(positional.size() - 1).value();
                return ctx.snapshot().macros().doc(pkg, name).map(doc -> new Doc(doc, start, end));
            }
        }
    }

    private static Optional<SymbolAt> word(DocumentContext ctx, Position position) {
        Optional<dev.modelsense.text.Range> range = ctx.document().wordRangeAt(position);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        int start = ctx.document().lines().offsetAt(range.get().start());
        int end = ctx.document().lines().offsetAt(range.get().end());
        String word = ctx.text().substring(start, end);
        int dot = word.lastIndexOf('.');
        if (dot > 0) {
            RelationAliases.Target owner = RelationAliases.of(ctx).get(word.substring(0, dot).toLowerCase(Locale.ROOT));
            if (owner != null) {
                String column = word.substring(dot + 1);
                int columnStart = start + dot + 1;
                return Optional.of(new Column(owner, columnOf(ctx, owner, column), columnStart, end));
            }
        }
        return ProjectLookup.macro(ctx.snapshot(), word, ctx.packageName()).map(m -> new Macro(m, start, end));
    }

    /** The column by that name (case-insensitive), or a bare one when the catalog does not know it. */
    private static ColumnInfo columnOf(DocumentContext ctx, RelationAliases.Target owner, String name) {
        return ctx.columns().columnsOf(ctx.snapshot(), owner.uniqueId()).stream()
                .filter(c -> c.name().equalsIgnoreCase(name)).findFirst()
                .orElse(new ColumnInfo(name, null, null, null));
    }

    /** {@code - name: x} of a model, seed or snapshot entry in property YAML. */
    private static Optional<SymbolAt> yamlName(DocumentContext ctx, Position position) {
        for (YamlOutline.Entry entry : YamlOutline.of(ctx.text())) {
            if (entry.line() != position.line() || position.character() < entry.column()
                    || position.character() > entry.column() + entry.name().length()
                    || !YamlOutline.NODE_SECTIONS.contains(entry.section())) {
                continue;
            }
            int start = ctx.document().lines().offsetAt(new Position(entry.line(), entry.column()));
            RefArgs ref = new RefArgs(ctx.packageName(), entry.name(), null);
            Optional<ParsedNode> node = ProjectLookup.ref(ctx.snapshot(), ref, ctx.packageName())
                    .filter(n -> n.spec().kind() == kindOf(entry.section()));
            return node.map(n -> new Model(n, start, start + entry.name().length()));
        }
        return Optional.empty();
    }

    private static NodeKind kindOf(String section) {
        return switch (section) {
            case "seeds" -> NodeKind.SEED;
            case "snapshots" -> NodeKind.SNAPSHOT;
            case "analyses" -> NodeKind.ANALYSIS;
            default -> NodeKind.MODEL;
        };
    }
}
