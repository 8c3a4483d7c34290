package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.SourceNode;
import dev.modelsense.jinja.MacroInfo;
import dev.modelsense.jinja.MacroKind;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Models, seeds, snapshots, macros and sources of every project whose name matches a query, best matches first. */
public final class WorkspaceSymbols {

    static final int MAX_RESULTS = 200;

    private record Match(WorkspaceSymbol symbol, int score) {
    }

    private WorkspaceSymbols() {
    }

    public static List<WorkspaceSymbol> search(Collection<ProjectSnapshot> snapshots, String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Match> matches = new ArrayList<>();
        for (ProjectSnapshot snapshot : snapshots) {
            try {
                collect(snapshot, wanted, matches);
            } catch (RuntimeException e) {
                // one odd project must not hide the others' symbols
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(Match::score).thenComparing(m -> m.symbol().getName().length())
                        .thenComparing(m -> m.symbol().getName()))
                .limit(MAX_RESULTS).map(Match::symbol).toList();
    }

    private static void collect(ProjectSnapshot snapshot, String wanted, List<Match> matches) {
        for (ParsedNode node : ProjectLookup.refables(snapshot)) {
            String name = node.spec().version() == null ? node.name() : node.name() + " v" + node.spec().version();
            score(node.name(), wanted).ifPresent(score -> matches.add(new Match(symbol(name,
                    SymbolKind.Class, node.spec().packageName(), LspValues.fileStart(node.spec().file().path())), score)));
        }
        for (MacroInfo macro : snapshot.macros().all()) {
            if (macro.kind() != MacroKind.MACRO) {
                continue;
            }
            Optional<org.eclipse.lsp4j.Location> at = Definitions.macroLocation(macro);
            Optional<Integer> score = score(macro.name(), wanted);
            if (at.isPresent() && score.isPresent()) {
                matches.add(new Match(symbol(macro.name(), SymbolKind.Function, macro.packageName(), at.get()),
                        score.get()));
            }
        }
        for (SourceNode source : snapshot.sources().values()) {
            String name = source.sourceName() + "." + source.tableName();
            Optional<Integer> score = score(name, wanted);
            if (score.isPresent() && source.properties().location() != null) {
                matches.add(new Match(symbol(name, SymbolKind.Struct, source.packageName(),
                        LspValues.location(source.properties().location(), source.tableName().length())), score.get()));
            }
        }
    }

    private static WorkspaceSymbol symbol(String name, SymbolKind kind, String container,
                                          org.eclipse.lsp4j.Location location) {
        WorkspaceSymbol symbol = new WorkspaceSymbol(name, kind, Either.forLeft(location));
        symbol.setContainerName(container);
        return symbol;
    }

    /** Lower is better: exact, prefix, substring, then the query's letters in order (a subsequence); empty if none. */
    static Optional<Integer> score(String candidate, String wanted) {
        if (wanted.isEmpty()) {
            return Optional.of(3);
        }
        String name = candidate.toLowerCase(Locale.ROOT);
        if (name.equals(wanted)) {
            return Optional.of(0);
        }
        if (name.startsWith(wanted)) {
            return Optional.of(1);
        }
        if (name.contains(wanted)) {
            return Optional.of(2);
        }
        int at = 0;
        for (int i = 0; i < name.length() && at < wanted.length(); i++) {
            if (name.charAt(i) == wanted.charAt(at)) {
                at++;
            }
        }
        return at == wanted.length() ? Optional.of(3) : Optional.empty();
    }
}
