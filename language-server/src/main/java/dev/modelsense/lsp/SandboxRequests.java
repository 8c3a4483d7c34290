package dev.modelsense.lsp;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSession;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.project.FileSource;
import dev.modelsense.sandbox.CancellationToken;
import dev.modelsense.sandbox.ModelOutcome;
import dev.modelsense.sandbox.Preview;
import dev.modelsense.sandbox.PreviewCsv;
import dev.modelsense.sandbox.Resolution;
import dev.modelsense.sandbox.RunRequest;
import dev.modelsense.sandbox.RunResult;
import dev.modelsense.sandbox.SandboxError;
import dev.modelsense.sandbox.SandboxRunner;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code modelsense/sandboxRun} and {@code modelsense.runInSandbox}: builds the file's model (with its unsaved text,
 * through the server's buffer overlay) into the developer's sandbox and returns the first rows, typed.
 */
final class SandboxRequests {

    static final String RUN_IN_SANDBOX = dev.modelsense.services.CodeLenses.RUN_IN_SANDBOX;
    static final int DEFAULT_LIMIT = 50;

    private final Function<Path, Optional<ProjectSession>> sessions;
    private final SandboxRunner runner;
    private final java.util.function.Supplier<ServerSettings> settings;

    SandboxRequests(Function<Path, Optional<ProjectSession>> sessions, JinjaEngine engine, FileSource files,
                    java.util.function.Supplier<ServerSettings> settings) {
        this.sessions = sessions;
        this.runner = new SandboxRunner(engine, files);
        this.settings = settings;
    }

    /** Runs the model; {@code progress} hears each step. Cancelling the request cancels the warehouse statement. */
    Map<String, Object> run(SandboxRunParams params, CancelChecker cancel, Consumer<String> progress) {
        if (params == null || params.uri() == null) {
            throw Conversions.invalidParams("modelsense/sandboxRun expects {uri, limit?}");
        }
        if (params.limit() != null && params.limit() < 0) {
            throw Conversions.invalidParams("modelsense/sandboxRun limit must be 0 or more");
        }
        Path file = Conversions.requirePath(params.uri());
        ProjectSession session = sessions.apply(file).orElseThrow(() -> CompiledSql.error(
                ResponseErrorCode.InvalidParams, file + " is in no dbt project the server knows"));
        ProjectSnapshot snapshot = session.current();
        ParsedNode model = snapshot == null ? null : snapshot.nodesIn(file).stream()
                .filter(n -> n.spec().kind() == NodeKind.MODEL || n.spec().kind() == NodeKind.SEED).findFirst()
                .orElse(null);
        if (model == null) {
            throw CompiledSql.error(ResponseErrorCode.InvalidParams, file + " defines no model or seed");
        }
        CompileRequest compile = session.request();
        RunRequest request = RunRequest.of(compile, List.of(model.name()))
                .withPreviewLimit(params.limit() == null ? DEFAULT_LIMIT : params.limit());
        ServerSettings current = settings.get();
        if (current.sandboxUser() != null) {
            request = request.withUser(current.sandboxUser());
        }
        if (current.sandboxTemplate() != null) {
            request = request.withNameTemplate(current.sandboxTemplate());
        }
        CancellationToken token = new CancellationToken();
        long start = System.nanoTime();
        RunResult result = runner.run(request, message -> {
            checkCancelled(cancel, token);
            progress.accept(message);
        }, token);
        return toJson(model, result, (System.nanoTime() - start) / 1_000_000);
    }

    /** Runs the model and writes its preview as CSV under the project's target path; returns the CSV file. */
    Path runToCsv(Path file, CancelChecker cancel) {
        Map<String, Object> result = run(new SandboxRunParams(Conversions.uriOf(file), DEFAULT_LIMIT), cancel, m -> { });
        if (result.get("error") instanceof Map<?, ?> error) {
            throw CompiledSql.error(ResponseErrorCode.RequestFailed, String.valueOf(error.get("message")));
        }
        ProjectSnapshot snapshot = sessions.apply(file).map(ProjectSession::current).orElseThrow();
        Path folder = snapshot.project().root().root().resolve(snapshot.project().root().targetPath())
                .resolve("sandbox").normalize();
        Path csv = folder.resolve(String.valueOf(result.get("model")).replaceAll("[^A-Za-z0-9_.-]", "_") + ".csv");
        try {
            Files.createDirectories(folder);
            Files.writeString(csv, String.valueOf(result.get("csv")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CompiledSql.error(ResponseErrorCode.RequestFailed, "Cannot write " + csv + ": " + e.getMessage());
        }
        return csv;
    }

    private static void checkCancelled(CancelChecker cancel, CancellationToken token) {
        try {
            cancel.checkCanceled();
        } catch (RuntimeException e) {
            token.cancel();
        }
    }

    private static Map<String, Object> toJson(ParsedNode model, RunResult result, long elapsedMillis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.name());
        json.put("elapsedMillis", elapsedMillis);
        if (result instanceof RunResult.Aborted aborted) {
            json.put("sandbox", aborted.sandbox() == null ? null : aborted.sandbox().schema());
            json.put("columns", List.of());
            json.put("rows", List.of());
            json.put("rowCount", 0);
            json.put("resolution", List.of());
            json.put("error", error(aborted.error()));
            return json;
        }
        RunResult.Finished finished = (RunResult.Finished) result;
        json.put("sandbox", finished.sandbox().schema());
        json.put("resolution", finished.resolutions().stream().map(Resolution::describe).toList());
        finished.outcomes().stream().filter(o -> o instanceof ModelOutcome.Failed).findFirst()
                .ifPresent(o -> json.put("error", error(((ModelOutcome.Failed) o).error())));
        Preview preview = finished.preview().orElse(null);
        List<Map<String, Object>> columns = new ArrayList<>();
        if (preview != null) {
            preview.columns().forEach(c -> columns.add(Map.of("name", c.name(), "type", c.typeName())));
        }
        json.put("columns", columns);
        json.put("rows", preview == null ? List.of() : preview.rows().stream()
                .map(row -> row.stream().map(Preview::plain).toList()).toList());
        json.put("rowCount", preview == null ? 0 : preview.rows().size());
        json.put("csv", preview == null ? "" : PreviewCsv.toCsv(preview));
        return json;
    }

    private static Map<String, Object> error(SandboxError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message", error.describe());
        if (error.file() != null) {
            json.put("uri", Conversions.uriOf(error.file()));
            json.put("line", Math.max(0, error.line()));
        }
        return json;
    }
}
