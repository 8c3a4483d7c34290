package dev.modelsense.lsp;

import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.conventions.ConventionChecks;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.lineage.ColumnLineage;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import dev.modelsense.checks.SqlChecks;
import dev.modelsense.project.OverlayFileSource;
import dev.modelsense.services.ColumnCatalog;
import dev.modelsense.services.Lineage;
import dev.modelsense.services.QueryColumns;
import dev.modelsense.sql.SqlAnalyzer;
import dev.modelsense.services.Workspace;
import dev.modelsense.text.TextDocument;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The language server: lifecycle, capabilities and the wiring of text sync, diagnostics, progress, status and
 * compiled SQL onto the engine. Every thread it uses comes from {@link ServerExecutors}.
 */
public final class DbtLanguageServer implements ServerProtocol, LanguageClientAware {

    static final String WATCHED_FILES = "**/*.{sql,yml,yaml,csv,md}";

    private final ServerExecutors executors;
    private final ServerEnvironment environment;
    private final Features features;
    private final AtomicReference<ServerSettings> settings = new AtomicReference<>(ServerSettings.DEFAULTS);
    private final AtomicReference<ClientProtocol> client = new AtomicReference<>();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final OverlayFileSource files = new OverlayFileSource(new DiskFileSource());
    private final OpenDocuments documents = new OpenDocuments();
    private final ServerLog log = new ServerLog(client::get);
    private volatile ClientCapabilities clientCapabilities = new ClientCapabilities();
    private volatile boolean pushForced;
    private volatile boolean shutdownRequested;
    private final ProjectBuilds builds;
    private final Folders folders;
    private final CompiledSql compiledSql;
    private final Requests requests;
    private final DocumentService documentService;
    private final WorkspaceEvents workspaceEvents;
    private final ColumnCatalog columns;
    private final LineageRequests lineageRequests;
    private final SandboxRequests sandboxRequests;

    /** Time one compiled query may take to parse before its analysis is given up. */
    private static final java.time.Duration SQL_BUDGET = java.time.Duration.ofSeconds(2);

    public DbtLanguageServer(ServerExecutors executors, ServerEnvironment environment, Features features) {
        this(executors, environment, features, ConventionChecks::new);
    }

    /** @param conventions makes the convention checks from the SQL checks (tests add their own rules) */
    DbtLanguageServer(ServerExecutors executors, ServerEnvironment environment, Features features,
                      Function<SqlChecks, ConventionChecks> conventions) {
        this.executors = executors;
        this.environment = environment;
        this.features = features;
        JinjaEngine engine = new JinjaEngine(RenderLimits.defaults());
        ProjectCompiler compiler = new ProjectCompiler(engine, files);
        Workspace workspace = new Workspace(compiler, files, root -> settings.get().requestFor(root, environment));
        SqlAnalyzer analyzer = new SqlAnalyzer(SQL_BUDGET, executors.requests());
        SqlChecks sqlChecks = new SqlChecks(analyzer);
        Lineage lineage = new Lineage(new ColumnLineage(analyzer));
        LineageFeatures.register(features, lineage);
        columns = ColumnCatalog.merged(List.of(ColumnCatalog.declared(), new QueryColumns(sqlChecks)));
        DiagnosticReports diagnosticReports = new DiagnosticReports();
        ProjectChecks checks = new ProjectChecks(sqlChecks, lineage.columnLineage(), conventions.apply(sqlChecks));
        QuickFixFeatures.register(features, checks, this::projectRootOf, this::versionOf,
                this::documentChangesSupported);
        builds = new ProjectBuilds(workspace, documents, executors, settings::get, client::get, log, checks,
                this::codeLensRefreshSupported,
                new DiagnosticsDelivery(client::get, documents::uriOf, diagnosticReports, this::pullsDiagnostics,
                        this::diagnosticRefreshSupported, log));
        lineageRequests = new LineageRequests(this::snapshotOf, lineage);
        sandboxRequests = new SandboxRequests(file -> builds.workerOf(file).map(ProjectWorker::session), engine,
                files, settings::get);
        folders = new Folders(builds, this::progressSupported);
        ProjectDiagnostics diagnostics = new ProjectDiagnostics(documents, files);
        compiledSql = new CompiledSql(this::snapshotOf, documents, diagnostics);
        requests = new Requests(executors.requests(), features, this::documentRequest, this::snapshots, log);
        PullDiagnostics pullDiagnostics = new PullDiagnostics(diagnosticReports, builds, documents, requests);
        documentService = new DocumentService(documents, files, builds, requests, this::debounceMillis,
                pullDiagnostics);
        workspaceEvents = new WorkspaceEvents(folders, builds, documents, requests, compiledSql, lineageRequests,
                sandboxRequests,
                client::get, this::reconfigure, this::debounceMillis, pullDiagnostics);
    }

    /** Called by the launcher before any message is read. */
    @Override
    public void connect(LanguageClient languageClient) {
        if (!(languageClient instanceof ClientProtocol connected)) {
            throw new IllegalArgumentException("Launch the server with ClientProtocol as the remote interface");
        }
        client.set(connected);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getCapabilities() != null) {
            clientCapabilities = params.getCapabilities();
        }
        settings.set(ServerSettings.parse(params.getInitializationOptions(), log::warn));
        pushForced = ServerSettings.forcesPush(params.getInitializationOptions());
        folders.remember(initialFolders(params));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(),
                new ServerInfo("modelsense", "0.1.0")));
    }

    private static List<Path> initialFolders(InitializeParams params) {
        if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
            return WorkspaceEvents.paths(params.getWorkspaceFolders());
        }
        @SuppressWarnings("deprecation")
        String rootUri = params.getRootUri();
        List<Path> folders = new ArrayList<>();
        Conversions.pathOf(rootUri).ifPresent(folders::add);
        return folders;
    }

    ServerCapabilities capabilities() {
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(WorkspaceEvents.COMMANDS));
        WorkspaceFoldersOptions workspaceFolders = new WorkspaceFoldersOptions();
        workspaceFolders.setSupported(true);
        workspaceFolders.setChangeNotifications(true);
        capabilities.setWorkspace(new WorkspaceServerCapabilities(workspaceFolders));
        features.advertise(capabilities);
        if (pullsDiagnostics()) {
            capabilities.setDiagnosticProvider(PullDiagnostics.options());
        }
        capabilities.setExperimental(Map.of("modelsense", experimental()));
        return capabilities;
    }

    /** What clients may light up beyond standard LSP (see {@code experimental.modelsense}). */
    private Map<String, Object> experimental() {
        Map<String, Object> modelsense = new java.util.LinkedHashMap<>();
        modelsense.put("compiledSql", true);
        modelsense.put("sandboxRun", WorkspaceEvents.COMMANDS.contains("modelsense.runInSandbox"));
        modelsense.put("lineage", WorkspaceEvents.COMMANDS.contains("modelsense.showLineage"));
        return modelsense;
    }

    @Override
    public void initialized(InitializedParams params) {
        registerFileWatcher();
        folders.buildNew().whenComplete((ok, error) -> {
            if (error != null) {
                log.error("Initial build failed", error);
            }
        });
    }

    private void registerFileWatcher() {
        var workspace = clientCapabilities.getWorkspace();
        boolean dynamic = workspace != null && workspace.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(workspace.getDidChangeWatchedFiles().getDynamicRegistration());
        if (!dynamic) {
            return;
        }
        var options = new DidChangeWatchedFilesRegistrationOptions(
                List.of(new FileSystemWatcher(Either.forLeft(WATCHED_FILES))));
        client.get().registerCapability(new RegistrationParams(List.of(new Registration("modelsense-watched-files",
                "workspace/didChangeWatchedFiles", options)))).exceptionally(error -> {
                    log.warn("The editor refused to watch files: " + error.getMessage());
                    return null;
                });
    }

    private boolean codeLensRefreshSupported() {
        var workspace = clientCapabilities.getWorkspace();
        return workspace != null && workspace.getCodeLens() != null
                && Boolean.TRUE.equals(workspace.getCodeLens().getRefreshSupport());
    }

    /** A client that can pull diagnostics gets them only by pulling (LSP 3.17); any other gets them pushed. */
    private boolean pullsDiagnostics() {
        var textDocument = clientCapabilities.getTextDocument();
        return !pushForced && textDocument != null && textDocument.getDiagnostic() != null;
    }

    private boolean diagnosticRefreshSupported() {
        var workspace = clientCapabilities.getWorkspace();
        return workspace != null && workspace.getDiagnostics() != null
                && Boolean.TRUE.equals(workspace.getDiagnostics().getRefreshSupport());
    }

    private boolean documentChangesSupported() {
        var workspace = clientCapabilities.getWorkspace();
        return workspace != null && workspace.getWorkspaceEdit() != null
                && Boolean.TRUE.equals(workspace.getWorkspaceEdit().getDocumentChanges());
    }

    private Optional<Path> projectRootOf(Path file) {
        return builds.workerOf(file).map(ProjectWorker::root);
    }

    private Integer versionOf(Path file) {
        return documents.get(file).map(TextDocument::version).orElse(null);
    }

    private boolean progressSupported() {
        var window = clientCapabilities.getWindow();
        return window != null && Boolean.TRUE.equals(window.getWorkDoneProgress());
    }

    private long debounceMillis() {
        return settings.get().debounceMillis();
    }

    private void reconfigure(Object newSettings) {
        settings.set(ServerSettings.parse(newSettings, log::warn));
        folders.reload();
    }

    private Optional<ProjectSnapshot> snapshotOf(Path file) {
        return builds.workerOf(file).map(worker -> worker.session().current());
    }

    private Optional<DocumentRequest> documentRequest(Path file) {
        return snapshotOf(file).map(snapshot -> new DocumentRequest(snapshot, file, documents.get(file)
                .orElseGet(() -> new TextDocument(Conversions.uriOf(file), 0, files.read(file).orElse(""))), files,
                columns));
    }

    private List<ProjectSnapshot> snapshots() {
        return builds.all().stream().map(w -> w.session().current()).filter(s -> s != null).toList();
    }

    @Override
    public CompletableFuture<CompiledSqlResult> compiledSql(CompiledSqlParams params) {
        return requests.compute("modelsense/compiledSql", cancel -> {
            if (params == null) {
                throw Conversions.invalidParams("modelsense/compiledSql expects {uri}");
            }
            return compiledSql.of(Conversions.requirePath(params.uri()));
        });
    }

    @Override
    public CompletableFuture<Map<String, Object>> sandboxRun(SandboxRunParams params) {
        return requests.compute("modelsense/sandboxRun", cancel -> sandboxRequests.run(params, cancel,
                message -> log.info("sandbox: " + message)));
    }

    @Override
    public CompletableFuture<Map<String, Object>> lineage(LineageParams params) {
        return requests.compute("modelsense/lineage", cancel -> lineageRequests.lineage(params));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        builds.stop();
        executors.shutdown().run();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    /** Completes with the process exit code when the client sends {@code exit}: 0 after shutdown, 1 otherwise. */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documentService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceEvents;
    }
}
