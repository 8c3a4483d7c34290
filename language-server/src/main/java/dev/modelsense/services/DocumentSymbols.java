package dev.modelsense.services;

import dev.modelsense.text.LineIndex;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of the open file: CTEs, macros, snapshot blocks and the config call of SQL files; models, seeds,
 * sources, tables and columns of property YAML. Read from the current text, so it follows unsaved edits.
 */
public final class DocumentSymbols {

    private static final int MAX_TEXT = 5_000_000;
    private static final int MAX_SYMBOLS = 5_000;
    private static final Pattern CTE =
            Pattern.compile("(?i)(?:\\bwith\\s+(?:recursive\\s+)?|,\\s*)([A-Za-z_][A-Za-z0-9_]*)\\s+as\\s*\\(");
    private static final Pattern BLOCK = Pattern.compile("\\{%-?\\s*(macro|snapshot|test|materialization)\\s+([A-Za-z_][A-Za-z0-9_]*)");

    private DocumentSymbols() {
    }

    public static List<DocumentSymbol> of(DocumentContext ctx) {
        try {
            String text = ctx.text();
            if (text.length() > MAX_TEXT) {
                return List.of();
            }
            return ctx.isYaml() ? yaml(ctx) : sql(ctx.document().lines(), text);
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<DocumentSymbol> sql(LineIndex lines, String text) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (TemplateCalls.Call call : TemplateCalls.find(text, Set.of("config"))) {
            int nameEnd = call.start() + "config".length();
            symbols.add(symbol("config", "model config", SymbolKind.Property, lines, call.start(), call.end(),
                    call.start(), nameEnd));
        }
        Matcher block = BLOCK.matcher(text);
        while (block.find() && symbols.size() < MAX_SYMBOLS) {
            String kind = block.group(1);
            int end = text.indexOf("end" + kind, block.end());
            int close = end < 0 ? text.length() : Math.min(text.length(), text.indexOf("%}", end) < 0 ? text.length()
                    : text.indexOf("%}", end) + 2);
            symbols.add(symbol(block.group(2), kind, kind.equals("macro") ? SymbolKind.Function : SymbolKind.Class,
                    lines, block.start(), close, block.start(2), block.end(2)));
        }
        Matcher cte = CTE.matcher(text);
        int[] depth = parenDepths(text);
        while (cte.find() && symbols.size() < MAX_SYMBOLS) {
            if (depth[cte.start(1)] > 1) {
                continue; // `, x as (` inside parentheses is an expression, not a CTE of this query
            }
            int open = cte.end() - 1;
            int close = matchingParen(text, open);
            symbols.add(symbol(cte.group(1), "CTE", SymbolKind.Struct, lines, cte.start(1), close, cte.start(1),
                    cte.end(1)));
        }
        symbols.sort(java.util.Comparator.comparing((DocumentSymbol s) -> s.getRange().getStart().getLine())
                .thenComparing(s -> s.getRange().getStart().getCharacter()));
        return symbols;
    }

    /** Depth of parentheses at each offset, counting the top level of each Jinja-free statement as 0 or 1. */
    private static int[] parenDepths(String text) {
        int[] depth = new int[text.length() + 1];
        int d = 0;
        for (int i = 0; i < text.length(); i++) {
            depth[i] = d;
            char c = text.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')' && d > 0) {
                d--;
            }
        }
        depth[text.length()] = d;
        return depth;
    }

    private static int matchingParen(String text, int open) {
        int d = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                d++;
            } else if (c == ')' && --d == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static List<DocumentSymbol> yaml(DocumentContext ctx) {
        List<YamlOutline.Entry> entries = YamlOutline.of(ctx.text());
        LineIndex lines = ctx.document().lines();
        List<DocumentSymbol> symbols = new ArrayList<>();
        List<DocumentSymbol> byIndex = new ArrayList<>();
        for (YamlOutline.Entry entry : entries.subList(0, Math.min(entries.size(), MAX_SYMBOLS))) {
            int start = lines.lineStart(entry.startLine());
            int end = lines.lineEnd(entry.endLine());
            int nameStart = lines.offsetAt(new dev.modelsense.text.Position(entry.line(), entry.column()));
            DocumentSymbol symbol = symbol(entry.name(), singular(entry.section()), kindOf(entry.section()), lines,
                    start, end, nameStart, nameStart + entry.name().length());
            byIndex.add(symbol);
            if (entry.parent() >= 0 && entry.parent() < byIndex.size()) {
                DocumentSymbol parent = byIndex.get(entry.parent());
                if (parent.getChildren() == null) {
                    parent.setChildren(new ArrayList<>());
                }
                parent.getChildren().add(symbol);
            } else {
                symbols.add(symbol);
            }
        }
        return symbols;
    }

    private static String singular(String section) {
        return switch (section) {
            case "models" -> "model";
            case "sources" -> "source";
            case "tables" -> "table";
            case "columns" -> "column";
            case "seeds" -> "seed";
            case "snapshots" -> "snapshot";
            case "analyses" -> "analysis";
            case "macros" -> "macro";
            case "exposures" -> "exposure";
            default -> section;
        };
    }

    private static SymbolKind kindOf(String section) {
        return switch (section) {
            case "models", "seeds", "snapshots", "analyses" -> SymbolKind.Class;
            case "sources" -> SymbolKind.Namespace;
            case "tables" -> SymbolKind.Struct;
            case "columns" -> SymbolKind.Field;
            case "macros" -> SymbolKind.Function;
            default -> SymbolKind.Object;
        };
    }

    private static DocumentSymbol symbol(String name, String detail, SymbolKind kind, LineIndex lines, int start,
                                         int end, int nameStart, int nameEnd) {
        DocumentSymbol symbol = new DocumentSymbol(name, kind, LspValues.range(lines, start, Math.max(start, end)),
                LspValues.range(lines, nameStart, nameEnd));
        symbol.setDetail(detail);
        return symbol;
    }
}
