package dev.modelsense.sandbox;

import dev.modelsense.compile.CompileRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One "run in my sandbox": the compile to start from (project, target, vars, env), the selection, where production
 * is ({@code deferTarget}, or {@code stateManifest} = a production manifest.json path), who is running and how
 * the sandbox is named, and what to return. {@code unsavedBuffers} are editor texts that win over the disk.
 */
public record RunRequest(CompileRequest compile, List<String> select, List<String> exclude, String deferTarget,
                         Path stateManifest, String user, String nameTemplate, List<Path> driverPath,
                         int previewLimit, int statementTimeoutSeconds, boolean fullRefresh, boolean fillMetadata,
                         Map<Path, String> unsavedBuffers) {

    public RunRequest {
        select = List.copyOf(select);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        driverPath = driverPath == null ? List.of() : List.copyOf(driverPath);
        unsavedBuffers = unsavedBuffers == null ? Map.of() : Map.copyOf(unsavedBuffers);
    }

    public static RunRequest of(CompileRequest compile, List<String> select) {
        return new RunRequest(compile, select, List.of(), null, null, null, null, List.of(), 50, 0, false, false,
                Map.of());
    }

    public RunRequest withDefer(String target) {
        return new RunRequest(compile, select, exclude, target, stateManifest, user, nameTemplate, driverPath,
                previewLimit, statementTimeoutSeconds, fullRefresh, fillMetadata, unsavedBuffers);
    }

    public RunRequest withState(Path manifest) {
        return new RunRequest(compile, select, exclude, deferTarget, manifest, user, nameTemplate, driverPath,
                previewLimit, statementTimeoutSeconds, fullRefresh, fillMetadata, unsavedBuffers);
    }

    public RunRequest withUser(String name) {
        return new RunRequest(compile, select, exclude, deferTarget, stateManifest, name, nameTemplate, driverPath,
                previewLimit, statementTimeoutSeconds, fullRefresh, fillMetadata, unsavedBuffers);
    }

    public RunRequest withNameTemplate(String template) {
        return new RunRequest(compile, select, exclude, deferTarget, stateManifest, user, template, driverPath,
                previewLimit, statementTimeoutSeconds, fullRefresh, fillMetadata, unsavedBuffers);
    }

    public RunRequest withPreviewLimit(int limit) {
        return new RunRequest(compile, select, exclude, deferTarget, stateManifest, user, nameTemplate, driverPath,
                limit, statementTimeoutSeconds, fullRefresh, fillMetadata, unsavedBuffers);
    }

    public RunRequest withStatementTimeout(int seconds) {
        return new RunRequest(compile, select, exclude, deferTarget, stateManifest, user, nameTemplate, driverPath,
                previewLimit, seconds, fullRefresh, fillMetadata, unsavedBuffers);
    }

    public RunRequest withDriverPath(List<Path> path) {
        return new RunRequest(compile, select, exclude, deferTarget, stateManifest, user, nameTemplate, path,
                previewLimit, statementTimeoutSeconds, fullRefresh, fillMetadata, unsavedBuffers);
    }

    public RunRequest withUnsavedBuffers(Map<Path, String> buffers) {
        return new RunRequest(compile, select, exclude, deferTarget, stateManifest, user, nameTemplate, driverPath,
                previewLimit, statementTimeoutSeconds, fullRefresh, fillMetadata, buffers);
    }

    public RunRequest withFullRefresh(boolean refresh) {
        return new RunRequest(compile, select, exclude, deferTarget, stateManifest, user, nameTemplate, driverPath,
                previewLimit, statementTimeoutSeconds, refresh, fillMetadata, unsavedBuffers);
    }

    /** Records the warehouse's answers to introspective Jinja for later compiles (under the target path). */
    public RunRequest withFillMetadata(boolean fill) {
        return new RunRequest(compile, select, exclude, deferTarget, stateManifest, user, nameTemplate, driverPath,
                previewLimit, statementTimeoutSeconds, fullRefresh, fill, unsavedBuffers);
    }
}
