package dev.modelsense.services;

import com.google.gson.JsonElement;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.GraphNode;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.lineage.LineageViews;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Range;
import org.eclipse.lsp4j.CallHierarchyIncomingCall;
import org.eclipse.lsp4j.CallHierarchyItem;
import org.eclipse.lsp4j.CallHierarchyOutgoingCall;
import org.eclipse.lsp4j.SymbolKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Call hierarchy over the model graph: a model "calls" what it selects from. Incoming calls are the downstream nodes
 * (with the ranges of their {@code ref}s to it), outgoing calls the upstream nodes (with this model's ranges).
 */
public final class ModelCallHierarchy {

    private ModelCallHierarchy() {
    }

    public static List<CallHierarchyItem> prepare(DocumentContext ctx) {
        return Lineage.nodeOf(ctx.snapshot(), ctx.path())
                .flatMap(node -> item(ctx.snapshot(), node.uniqueId())).map(List::of).orElse(List.of());
    }

    public static List<CallHierarchyIncomingCall> incoming(ProjectSnapshot snapshot, CallHierarchyItem item) {
        String id = idOf(item);
        List<CallHierarchyIncomingCall> calls = new ArrayList<>();
        for (String child : snapshot.graph().children(id)) {
            if (isTest(snapshot, child)) {
                continue;
            }
            item(snapshot, child).ifPresent(from -> calls.add(new CallHierarchyIncomingCall(from,
                    mentions(snapshot, child, id))));
        }
        return calls;
    }

    public static List<CallHierarchyOutgoingCall> outgoing(ProjectSnapshot snapshot, CallHierarchyItem item) {
        String id = idOf(item);
        List<CallHierarchyOutgoingCall> calls = new ArrayList<>();
        for (String parent : snapshot.graph().parents(id)) {
            item(snapshot, parent).ifPresent(to -> calls.add(new CallHierarchyOutgoingCall(to,
                    mentions(snapshot, id, parent))));
        }
        return calls;
    }

    static Optional<CallHierarchyItem> item(ProjectSnapshot snapshot, String nodeId) {
        Optional<GraphNode> node = snapshot.graph().node(nodeId);
        Optional<LineageViews.Place> place = LineageViews.place(snapshot, nodeId);
        if (node.isEmpty() || place.isEmpty()) {
            return Optional.empty();
        }
        org.eclipse.lsp4j.Range range = LspValues.range(place.get().range());
        CallHierarchyItem item = new CallHierarchyItem(node.get().name(), kind(node.get().kind()),
                LspValues.uri(place.get().file()), range, range);
        item.setDetail(node.get().kind().resourceType() + " · " + node.get().packageName());
        item.setData(nodeId);
        return Optional.of(item);
    }

    /** Where the user node's template names the used node ({@code ref('orders')}, {@code source('s', 't')}). */
    private static List<org.eclipse.lsp4j.Range> mentions(ProjectSnapshot snapshot, String userId, String usedId) {
        ParsedNode user = snapshot.nodes().get(userId);
        Optional<GraphNode> used = snapshot.graph().node(usedId);
        List<org.eclipse.lsp4j.Range> ranges = new ArrayList<>();
        if (user != null && used.isPresent()) {
            String raw = user.spec().rawCode();
            LineIndex lines = LineIndex.of(raw);
            Matcher matcher = Pattern.compile("(['\"])" + Pattern.quote(used.get().name()) + "\\1").matcher(raw);
            while (matcher.find()) {
                var start = lines.positionAt(matcher.start());
                var end = lines.positionAt(matcher.end());
                int line = user.spec().bodyLine();
                ranges.add(LspValues.range(Range.of(start.line() + line, start.character(), end.line() + line,
                        end.character())));
            }
        }
        if (ranges.isEmpty()) {
            ranges.add(LspValues.point(user == null ? 0 : user.spec().bodyLine(), 0));
        }
        return ranges;
    }

    private static String idOf(CallHierarchyItem item) {
        Object data = item.getData();
        if (data instanceof JsonElement json && json.isJsonPrimitive()) {
            return json.getAsString();
        }
        if (data instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("the call hierarchy item carries no node id: " + item.getName());
    }

    private static boolean isTest(ProjectSnapshot snapshot, String nodeId) {
        return snapshot.graph().node(nodeId).map(n -> n.kind() == NodeKind.TEST).orElse(true);
    }

    private static SymbolKind kind(NodeKind kind) {
        return switch (kind) {
            case SOURCE, SEED -> SymbolKind.Constant;
            case EXPOSURE -> SymbolKind.Event;
            default -> SymbolKind.Module;
        };
    }
}
