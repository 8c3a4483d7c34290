package dev.modelsense.sandbox;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.RecordedMetadata;
import dev.modelsense.compile.RelationAddress;
import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.project.FileSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves what a {@code --fill-metadata} run learned — the answers Jinja asked for, and the columns of every relation it
 * built — into the recorded metadata under the target path, merged with what earlier runs recorded.
 */
final class MetadataRecording {

    private MetadataRecording() {
    }

    static void save(FileSource files, RecordedMetadata learned, ProjectSnapshot snapshot, Warehouse warehouse,
                     ModelBuilder builder, List<ModelOutcome> outcomes, dev.modelsense.sandbox.ProgressListener progress) {
        for (ModelOutcome outcome : outcomes) {
            if (outcome instanceof ModelOutcome.Built built) {
                RelationAddress address = builder.target(snapshot.nodes().get(built.uniqueId()));
                List<ColumnInfo> columns = Catalog.columns(warehouse, address.schema(), address.identifier());
                if (!columns.isEmpty()) {
                    learned.recordColumns(address.database(), address.schema(), address.identifier(), columns);
                }
            }
        }
        Path file = snapshot.project().root().root().resolve(snapshot.project().root().targetPath())
                .resolve(RecordedMetadata.FILE_NAME);
        RecordedMetadata merged = files.read(file).map(RecordedMetadata::fromJson).orElseGet(RecordedMetadata::empty);
        merged.addAll(learned);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, merged.toJson(), StandardCharsets.UTF_8);
            progress.report("Recorded warehouse answers in " + file);
        } catch (IOException e) {
            throw new SandboxException(SandboxError.of(SandboxError.Kind.SQL_ERROR, "Could not write " + file + ": "
                    + e.getMessage()));
        }
    }
}
