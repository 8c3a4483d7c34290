package dev.modelsense.lsp;

import dev.modelsense.services.ColumnOrigins;
import dev.modelsense.services.Lineage;
import dev.modelsense.services.ModelCallHierarchy;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

import java.util.Optional;

/**
 * The lineage features that need the server's shared column lineage: call hierarchy over the model graph, and the
 * origin chain added to a hover over a column the model produces.
 */
final class LineageFeatures {

    private LineageFeatures() {
    }

    static void register(Features features, Lineage lineage) {
        features.onDocument(FeatureKey.CALL_HIERARCHY_PREPARE, (request, params, cancel) ->
                        ModelCallHierarchy.prepare(request.context()))
                .onDocument(FeatureKey.CALL_HIERARCHY_INCOMING, (request, params, cancel) ->
                        ModelCallHierarchy.incoming(request.snapshot(), params.getItem()))
                .onDocument(FeatureKey.CALL_HIERARCHY_OUTGOING, (request, params, cancel) ->
                        ModelCallHierarchy.outgoing(request.snapshot(), params.getItem()));
        Optional<Features.DocumentHandler<org.eclipse.lsp4j.HoverParams, Hover>> standard =
                features.document(FeatureKey.HOVER);
        if (standard.isEmpty()) {
            return; // a server without hovers gets no column hover either
        }
        features.onDocument(FeatureKey.HOVER, (request, params, cancel) -> {
            Hover base = standard.get().handle(request, params, cancel);
            Optional<String> origins;
            try {
                origins = ColumnOrigins.hover(lineage, request.context(), Conversions.position(params.getPosition()));
            } catch (RuntimeException e) {
                origins = Optional.empty(); // a lineage failure must not take the ordinary hover with it
            }
            if (origins.isEmpty()) {
                return base;
            }
            if (base == null || base.getContents() == null || !base.getContents().isRight()) {
                return new Hover(new MarkupContent(MarkupKind.MARKDOWN, origins.get()));
            }
            base.setContents(new MarkupContent(MarkupKind.MARKDOWN,
                    base.getContents().getRight().getValue() + "\n\n---\n\n" + origins.get()));
            return base;
        });
    }
}
