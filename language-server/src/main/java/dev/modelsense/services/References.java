package dev.modelsense.services;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.text.Position;
import org.eclipse.lsp4j.Location;

import java.util.ArrayList;
import java.util.List;

/**
 * Find references of a model: every {@code ref} to it and its property YAML entries, from a ref, a YAML entry, or
 * anywhere in the model's own file. The declaration is the model's file (each version's file for versioned models).
 */
public final class References {

    private References() {
    }

    public static List<Location> find(DocumentContext ctx, Position position, boolean includeDeclaration) {
        try {
            return ModelReferences.targetAt(ctx, position).map(model -> collect(ctx, model, includeDeclaration))
                    .orElse(List.of());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static List<Location> collect(DocumentContext ctx, ParsedNode model, boolean includeDeclaration) {
        List<Location> locations = new ArrayList<>();
        if (includeDeclaration) {
            for (ParsedNode version : ProjectLookup.versionsOf(ctx.snapshot(), model)) {
                locations.add(LspValues.fileStart(version.spec().file().path()));
            }
        }
        for (ModelReferences.Site site : ModelReferences.of(ctx, model)) {
            locations.add(LspValues.location(site.file(), site.range()));
        }
        return locations;
    }
}
