package dev.modelsense.lsp;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSession;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.services.Workspace;
import org.eclipse.lsp4j.Diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Keeps every project of the workspace compiled: one {@link ProjectWorker} per project session, and after each build
 * the project's diagnostics and the {@code modelsense/status} notification. Called from the protocol thread; builds
 * run on the writers.
 */
final class ProjectBuilds implements ProjectWorker.Listener {

    private static final int CHECK_CHUNK = 50;

    private final Workspace workspace;
    private final OpenDocuments documents;
    private final ServerExecutors executors;
    private final Supplier<ServerSettings> settings;
    private final Supplier<ClientProtocol> client;
    private final ServerLog log;
    private final ProjectDiagnostics diagnostics;
    private final DiagnosticsPublisher publisher;
    private final Map<ProjectSession, ProjectWorker> workers = new IdentityHashMap<>();
    /** One writer per project folder, kept while sessions of that folder come and go (e.g. on a settings change). */
    private final Map<Path, ExecutorService> writers = new HashMap<>();
    private final ProjectChecks checks;
    private final java.util.function.BooleanSupplier codeLensRefresh;

    ProjectBuilds(Workspace workspace, OpenDocuments documents, ServerExecutors executors,
                  Supplier<ServerSettings> settings, Supplier<ClientProtocol> client, ServerLog log,
                  ProjectChecks checks, java.util.function.BooleanSupplier codeLensRefresh,
                  DiagnosticsDelivery delivery) {
        this.checks = checks;
        this.codeLensRefresh = codeLensRefresh;
        this.workspace = workspace;
        this.documents = documents;
        this.executors = executors;
        this.settings = settings;
        this.client = client;
        this.log = log;
        this.diagnostics = new ProjectDiagnostics(documents, workspace.files());
        this.publisher = new DiagnosticsPublisher(delivery);
    }

    Workspace workspace() {
        return workspace;
    }

    /**
     * Matches the workers to the workspace's sessions after folders or settings changed: stops the workers of removed
     * sessions (clearing their diagnostics unless a new session took over the folder) and returns new workers.
     */
    synchronized List<ProjectWorker> reconcile() {
        Collection<ProjectSession> sessions = workspace.projects();
        Set<Path> liveRoots = new LinkedHashSet<>();
        sessions.forEach(session -> liveRoots.add(session.root()));
        List<ProjectWorker> removed = new ArrayList<>();
        workers.entrySet().removeIf(entry -> {
            boolean gone = sessions.stream().noneMatch(s -> s == entry.getKey());
            if (gone) {
                removed.add(entry.getValue());
            }
            return gone;
        });
        for (ProjectWorker worker : removed) {
            worker.retire();
            if (!liveRoots.contains(worker.root())) {
                ExecutorService writer = writers.remove(worker.root());
                if (writer != null) {
                    // the clear runs after the retired work, so no stale publish follows it
                    writer.execute(() -> publisher.clear(worker.root()));
                    writer.shutdown();
                }
            }
        }
        List<ProjectWorker> added = new ArrayList<>();
        for (ProjectSession session : sessions) {
            if (!workers.containsKey(session)) {
                ExecutorService writer = writers.computeIfAbsent(session.root(), executors.writers());
                ProjectWorker worker = new ProjectWorker(session, writer, executors.debounce(), this);
                workers.put(session, worker);
                added.add(worker);
            }
        }
        return added;
    }

    /** Compiles these projects in full, reporting progress; completes when all are built. */
    CompletableFuture<Void> buildAll(List<ProjectWorker> toBuild, boolean progressSupported) {
        if (toBuild.isEmpty()) {
            sendStatus();
            return CompletableFuture.completedFuture(null);
        }
        BuildProgress progress = BuildProgress.start(client.get(), progressSupported, "Compiling dbt projects",
                toBuild.size());
        List<CompletableFuture<ProjectSnapshot>> builds = new ArrayList<>();
        for (ProjectWorker worker : toBuild) {
            builds.add(worker.rebuild().whenComplete((snapshot, error) -> progress.projectDone(name(worker, snapshot))));
        }
        return CompletableFuture.allOf(builds.toArray(CompletableFuture[]::new))
                .whenComplete((ok, error) -> progress.end("Compiled " + toBuild.size()
                        + (toBuild.size() == 1 ? " project" : " projects")));
    }

    /** Schedules the update of each file's project; files outside every project are ignored. */
    void changed(Collection<Path> files, long delayMillis) {
        Map<ProjectWorker, Set<Path>> byProject = new LinkedHashMap<>();
        for (Path file : files) {
            workerOf(file).ifPresent(worker -> byProject.computeIfAbsent(worker, w -> new LinkedHashSet<>()).add(file));
        }
        byProject.forEach((worker, batch) -> worker.changed(batch, delayMillis));
    }

    synchronized Optional<ProjectWorker> workerOf(Path file) {
        return workspace.projectOf(file).map(workers::get);
    }

    synchronized List<ProjectWorker> all() {
        return List.copyOf(workers.values());
    }

    /** Completes when every build queued so far has finished. */
    CompletableFuture<Void> idle() {
        return CompletableFuture.allOf(all().stream().map(ProjectWorker::idle).toArray(CompletableFuture[]::new));
    }

    synchronized void stop() {
        workers.values().forEach(ProjectWorker::retire);
        workers.clear();
        writers.values().forEach(ExecutorService::shutdownNow);
        writers.clear();
    }

    @Override
    public void built(ProjectWorker worker, ProjectSnapshot snapshot, Set<Path> changed) {
        Set<ParsedNode> urgent = new LinkedHashSet<>();
        changed.forEach(file -> urgent.addAll(snapshot.nodesIn(file)));
        documents.openPaths().forEach(file -> urgent.addAll(snapshot.nodesIn(file)));
        checks.checkNow(worker.root(), snapshot, urgent);
        checks.checkProject(worker.root(), snapshot);
        publish(worker, snapshot, changed);
        sendStatus();
        refreshCodeLenses();
        continueChecks(worker, checks.pass(worker.root(), snapshot));
    }

    @Override
    public Set<Path> priorityFiles(ProjectWorker worker, Set<Path> changed) {
        Set<Path> files = new LinkedHashSet<>(changed);
        files.addAll(documents.openPaths());
        return files;
    }

    @Override
    public void priorityCompiled(ProjectWorker worker, ProjectSnapshot partial, Set<Path> files) {
        Set<ParsedNode> nodes = new LinkedHashSet<>();
        files.forEach(file -> nodes.addAll(partial.nodesIn(file)));
        checks.checkNow(worker.root(), partial, nodes);
        Map<Path, List<Diagnostic>> current = diagnostics.diagnose(worker.root(), partial,
                settings.get().ignoredCodes(), settings.get().severities(), checks.problems(worker.root(), partial));
        publisher.publishSome(worker.root(), current, files);
    }

    private void publish(ProjectWorker worker, ProjectSnapshot snapshot, Set<Path> changed) {
        Map<Path, List<Diagnostic>> current = diagnostics.diagnose(worker.root(), snapshot,
                settings.get().ignoredCodes(), settings.get().severities(), checks.problems(worker.root(), snapshot));
        publisher.publish(worker.root(), current, changed, documents::isOpen);
    }

    /** Runs the background check pass on the project's writer, a chunk per task; a newer snapshot ends it. */
    private void continueChecks(ProjectWorker worker, ProjectChecks.Pass pass) {
        ExecutorService writer;
        synchronized (this) {
            writer = writers.get(worker.root());
        }
        if (writer == null || writer.isShutdown()) {
            return;
        }
        try {
            writer.execute(() -> {
                if (worker.session().current() != pass.snapshot()) {
                    return;
                }
                try {
                    if (pass.step(CHECK_CHUNK)) {
                        continueChecks(worker, pass);
                    } else if (pass.changedAnything()) {
                        publish(worker, pass.snapshot(), Set.of());
                        sendStatus();
                    }
                } catch (RuntimeException e) {
                    log.error("Checking " + worker.root() + " failed", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the project was closed meanwhile
        }
    }

    @Override
    public void failed(ProjectWorker worker, Throwable error) {
        log.error("Building " + worker.root() + " failed", error);
        publisher.settle(worker.root());
        sendStatus();
    }

    /** Asks the editor to re-request code lenses (their counts change with the graph), when it supports that. */
    private void refreshCodeLenses() {
        if (codeLensRefresh.getAsBoolean()) {
            try {
                client.get().refreshCodeLenses();
            } catch (RuntimeException e) {
                log.warn("The editor refused to refresh code lenses: " + e.getMessage());
            }
        }
    }

    void sendStatus() {
        List<StatusParams.ProjectStatus> projects = new ArrayList<>();
        for (ProjectWorker worker : all()) {
            ProjectSnapshot snapshot = worker.session().current();
            int models = snapshot == null ? 0 : (int) snapshot.enabledNodes().stream()
                    .filter(node -> node.spec().kind() == NodeKind.MODEL).count();
            projects.add(new StatusParams.ProjectStatus(worker.root().toString(), models,
                    publisher.errorCount(worker.root()), worker.state().name().toLowerCase(Locale.ROOT)));
        }
        client.get().status(new StatusParams(projects));
    }

    private static String name(ProjectWorker worker, ProjectSnapshot snapshot) {
        return snapshot != null ? snapshot.project().root().name() : String.valueOf(worker.root().getFileName());
    }
}
