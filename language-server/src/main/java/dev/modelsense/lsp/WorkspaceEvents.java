package dev.modelsense.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Workspace notifications (files changed on disk, folders, settings) and commands. Disk changes are batched into one
 * update per project; a dbt_project.yml that appears or disappears adds or removes a project.
 */
final class WorkspaceEvents implements WorkspaceService {

    static final String SHOW_COMPILED_SQL = "modelsense.showCompiledSql";
    static final List<String> COMMANDS = List.of(SHOW_COMPILED_SQL, LineageRequests.SHOW_LINEAGE,
            SandboxRequests.RUN_IN_SANDBOX);
    private static final String PROJECT_FILE = "dbt_project.yml";

    private final Folders folders;
    private final ProjectBuilds builds;
    private final OpenDocuments documents;
    private final Requests requests;
    private final CompiledSql compiledSql;
    private final LineageRequests lineage;
    private final SandboxRequests sandbox;
    private final Supplier<ClientProtocol> client;
    private final Consumer<Object> reconfigure;
    private final LongSupplier debounceMillis;
    private final PullDiagnostics pullDiagnostics;

    WorkspaceEvents(Folders folders, ProjectBuilds builds, OpenDocuments documents, Requests requests,
                    CompiledSql compiledSql, LineageRequests lineage, SandboxRequests sandbox,
                    Supplier<ClientProtocol> client, Consumer<Object> reconfigure, LongSupplier debounceMillis,
                    PullDiagnostics pullDiagnostics) {
        this.pullDiagnostics = pullDiagnostics;
        this.sandbox = sandbox;
        this.folders = folders;
        this.builds = builds;
        this.documents = documents;
        this.requests = requests;
        this.compiledSql = compiledSql;
        this.lineage = lineage;
        this.client = client;
        this.reconfigure = reconfigure;
        this.debounceMillis = debounceMillis;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        reconfigure.accept(params.getSettings());
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.WorkspaceDiagnosticReport> diagnostic(
            org.eclipse.lsp4j.WorkspaceDiagnosticParams params) {
        return pullDiagnostics.workspace(params);
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        Set<Path> changed = new LinkedHashSet<>();
        for (FileEvent event : params.getChanges()) {
            Optional<Path> path = Conversions.pathOf(event.getUri());
            if (path.isEmpty()) {
                continue;
            }
            Path file = path.get();
            boolean projectFile = file.getFileName() != null && PROJECT_FILE.equals(file.getFileName().toString());
            if (projectFile && event.getType() == FileChangeType.Created) {
                folders.projectAppeared(file.getParent());
            } else if (projectFile && event.getType() == FileChangeType.Deleted) {
                folders.projectRemoved(file.getParent());
            } else if (!documents.isOpen(file)) {
                // an open buffer wins over the disk, so a save or an outside write to it changes nothing
                changed.add(file);
            }
        }
        builds.changed(changed, debounceMillis.getAsLong());
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        var event = params.getEvent();
        if (event == null) {
            return;
        }
        if (event.getRemoved() != null && !event.getRemoved().isEmpty()) {
            folders.remove(paths(event.getRemoved()));
        }
        if (event.getAdded() != null && !event.getAdded().isEmpty()) {
            folders.add(paths(event.getAdded()));
        }
    }

    static List<Path> paths(List<WorkspaceFolder> workspaceFolders) {
        List<Path> paths = new ArrayList<>();
        for (WorkspaceFolder folder : workspaceFolders) {
            Conversions.pathOf(folder.getUri()).ifPresent(paths::add);
        }
        return paths;
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        if (SandboxRequests.RUN_IN_SANDBOX.equals(params.getCommand())) {
            return requests.compute(SandboxRequests.RUN_IN_SANDBOX, cancel -> Conversions.uriOf(
                    sandbox.runToCsv(Conversions.requirePath(firstString(SandboxRequests.RUN_IN_SANDBOX,
                            params.getArguments())), cancel)))
                    .thenCompose(this::show);
        }
        if (LineageRequests.SHOW_LINEAGE.equals(params.getCommand())) {
            return requests.compute(LineageRequests.SHOW_LINEAGE, cancel -> Conversions.uriOf(
                    lineage.writePage(Conversions.requirePath(firstString(LineageRequests.SHOW_LINEAGE,
                            params.getArguments())))))
                    .thenCompose(this::show);
        }
        if (!SHOW_COMPILED_SQL.equals(params.getCommand())) {
            return CompletableFuture.failedFuture(CompiledSql.error(ResponseErrorCode.InvalidParams,
                    "Unknown command '" + params.getCommand() + "'; this server runs " + COMMANDS));
        }
        return requests.compute(SHOW_COMPILED_SQL, cancel -> {
            Path file = Conversions.requirePath(firstString(SHOW_COMPILED_SQL, params.getArguments()));
            CompiledSql.Found found = compiledSql.find(file);
            cancel.checkCanceled();
            return Conversions.uriOf(CompiledSqlFiles.write(found.snapshot(), found.node()));
        }).thenCompose(this::show);
    }

    private CompletableFuture<Object> show(String uri) {
        ShowDocumentParams show = new ShowDocumentParams(uri);
        show.setTakeFocus(true);
        return client.get().showDocument(show).thenApply(result -> (Object) uri);
    }

    private static String firstString(String command, List<Object> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            throw Conversions.invalidParams(command + " expects one argument: the model file's URI");
        }
        Object first = arguments.get(0);
        if (first instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        if (first instanceof String text) {
            return text;
        }
        if (first instanceof JsonElement json && json.isJsonObject() && json.getAsJsonObject().has("uri")) {
            return json.getAsJsonObject().get("uri").getAsString();
        }
        throw Conversions.invalidParams(command + " expects a file URI string, got " + first);
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return requests.workspace(FeatureKey.WORKSPACE_SYMBOL, params);
    }
}
