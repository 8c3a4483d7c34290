package dev.modelsense.services;

import dev.modelsense.text.LineIndex;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionItemLabelDetails;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects completion items that replace one span of the document, filtered by what was typed and capped so a
 * response stays small; {@link #truncated()} says whether items were left out.
 */
final class CompletionItems {

    static final int MAX_ITEMS = 200;

    private final LineIndex lines;
    private final int replaceStart;
    private final int replaceEnd;
    private final String typed;
    private final List<CompletionItem> items = new ArrayList<>();
    private boolean truncated;

    /** Items replacing {@code [replaceStart, replaceEnd)}; {@code typed} is the text between the start and the cursor. */
    CompletionItems(LineIndex lines, int replaceStart, int replaceEnd, String typed) {
        this.lines = lines;
        this.replaceStart = replaceStart;
        this.replaceEnd = replaceEnd;
        this.typed = typed == null ? "" : typed;
    }

    /** Adds an item unless its filter text does not match what was typed; returns it for more settings. */
    CompletionItem add(String label, String filterText, String newText, CompletionItemKind kind, String detail,
                       String markdown) {
        return addLazy(label, filterText, newText, kind, detail, () -> markdown);
    }

    /** As {@link #add}, with documentation computed only for items that make it into the response. */
    CompletionItem addLazy(String label, String filterText, String newText, CompletionItemKind kind, String detail,
                           java.util.function.Supplier<String> documentation) {
        if (!matches(filterText)) {
            return new CompletionItem(label); // detached: callers may still decorate it harmlessly
        }
        if (items.size() >= MAX_ITEMS) {
            truncated = true;
            return new CompletionItem(label);
        }
        CompletionItem item = new CompletionItem(label);
        item.setKind(kind);
        item.setFilterText(filterText);
        item.setDetail(detail);
        String markdown = documentation.get();
        if (markdown != null && !markdown.isBlank()) {
            item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, markdown));
        }
        item.setTextEdit(Either.forLeft(new TextEdit(LspValues.range(lines, replaceStart, replaceEnd), newText)));
        item.setSortText(String.format(Locale.ROOT, "%04d", items.size()));
        items.add(item);
        return item;
    }

    CompletionItem add(String label, String newText, CompletionItemKind kind, String detail, String markdown) {
        return add(label, label, newText, kind, detail, markdown);
    }

    CompletionItem addLazy(String label, String newText, CompletionItemKind kind, String detail,
                           java.util.function.Supplier<String> documentation) {
        return addLazy(label, label, newText, kind, detail, documentation);
    }

    /** True once the cap is reached: callers can stop producing items. */
    boolean full() {
        return truncated;
    }

    CompletionItem snippet(String label, String snippet, String detail) {
        CompletionItem item = add(label, label, snippet, CompletionItemKind.Snippet, detail, null);
        item.setInsertTextFormat(InsertTextFormat.Snippet);
        return item;
    }

    static void describe(CompletionItem item, String labelDetail) {
        CompletionItemLabelDetails details = new CompletionItemLabelDetails();
        details.setDescription(labelDetail);
        item.setLabelDetails(details);
    }

    /** Case-insensitive prefix match, or a match after an underscore ({@code ord} finds {@code stg_orders}). */
    private boolean matches(String filterText) {
        if (typed.isEmpty()) {
            return true;
        }
        String candidate = filterText.toLowerCase(Locale.ROOT);
        String wanted = typed.toLowerCase(Locale.ROOT);
        return candidate.startsWith(wanted) || candidate.contains("_" + wanted) || candidate.contains("." + wanted);
    }

    List<CompletionItem> items() {
        return items;
    }

    boolean truncated() {
        return truncated;
    }
}
