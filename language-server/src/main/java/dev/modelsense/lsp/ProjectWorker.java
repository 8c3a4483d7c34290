package dev.modelsense.lsp;

import dev.modelsense.compile.CompileProgress;
import dev.modelsense.compile.ProjectSession;
import dev.modelsense.compile.ProjectSnapshot;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The writer of one project: every build runs on its single writer thread, in order. Changed files collect in a
 * pending set; each change bumps a generation and schedules a drain after the debounce, and only the drain of the
 * latest generation runs, so a burst of edits costs one rebuild.
 */
final class ProjectWorker {

    enum State { COMPILING, READY, FAILED }

    /** Told about every finished build, on the writer thread. */
    interface Listener {
        void built(ProjectWorker worker, ProjectSnapshot snapshot, Set<Path> changed);

        /** The files to compile first in a full build (the open and just-edited ones). */
        default Set<Path> priorityFiles(ProjectWorker worker, Set<Path> changed) {
            return Set.of();
        }

        /** A full build compiled its priority files; the rest of the project is still compiling. */
        default void priorityCompiled(ProjectWorker worker, ProjectSnapshot partial, Set<Path> files) {
        }

        void failed(ProjectWorker worker, Throwable error);
    }

    private final ProjectSession session;
    private final ExecutorService writer;
    private final Scheduler scheduler;
    private final Listener listener;
    private final Set<Path> pending = ConcurrentHashMap.newKeySet();
    private final AtomicLong generation = new AtomicLong();
    private volatile State state = State.COMPILING;
    private volatile boolean retired;

    ProjectWorker(ProjectSession session, ExecutorService writer, Scheduler scheduler, Listener listener) {
        this.session = session;
        this.writer = writer;
        this.scheduler = scheduler;
        this.listener = listener;
    }

    ProjectSession session() {
        return session;
    }

    Path root() {
        return session.root();
    }

    State state() {
        return !pending.isEmpty() ? State.COMPILING : state;
    }

    /** Compiles the whole project on the writer; completes with the snapshot, or null when the build crashed. */
    CompletableFuture<ProjectSnapshot> rebuild() {
        CompletableFuture<ProjectSnapshot> done = new CompletableFuture<>();
        if (!submit(() -> done.complete(retired ? null : run(() -> session.rebuild(progress(Set.of())),
                Set.of())))) {
            done.complete(null);
        }
        return done;
    }

    /** Schedules an update for these files after {@code delayMillis}; a later call supersedes this one. */
    void changed(Set<Path> files, long delayMillis) {
        pending.addAll(files);
        long mine = generation.incrementAndGet();
        scheduler.schedule(() -> submit(() -> {
            if (generation.get() == mine && !retired) {
                drain();
            }
        }), delayMillis);
    }

    /** Completes once every build submitted before this call has finished. */
    CompletableFuture<Void> idle() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (!submit(() -> done.complete(null))) {
            done.complete(null);
        }
        return done;
    }

    /** Drops the work still queued: the session was replaced or removed (the writer may serve its successor). */
    void retire() {
        retired = true;
        pending.clear();
    }

    private void drain() {
        Set<Path> batch = new HashSet<>();
        for (Iterator<Path> it = pending.iterator(); it.hasNext(); ) {
            batch.add(it.next());
            it.remove();
        }
        if (!batch.isEmpty()) {
            run(() -> session.update(batch, progress(batch)), batch);
        }
    }

    private ProjectSnapshot run(java.util.function.Supplier<ProjectSnapshot> build, Set<Path> changed) {
        state = State.COMPILING;
        ProjectSnapshot snapshot;
        try {
            snapshot = build.get();
        } catch (RuntimeException | StackOverflowError e) {
            // a crashing build must not kill the writer: the previous snapshot stays in use
            state = State.FAILED;
            listener.failed(this, e);
            return null;
        }
        state = State.READY;
        try {
            listener.built(this, snapshot, changed);
        } catch (RuntimeException e) {
            listener.failed(this, e);
        }
        return snapshot;
    }

    private CompileProgress progress(Set<Path> changed) {
        ProjectWorker worker = this;
        return new CompileProgress() {
            private Set<Path> files = Set.of();

            @Override
            public Set<Path> priorityFiles() {
                files = listener.priorityFiles(worker, changed);
                return files;
            }

            @Override
            public void priorityCompiled(ProjectSnapshot partial) {
                try {
                    listener.priorityCompiled(worker, partial, files);
                } catch (RuntimeException e) {
                    listener.failed(worker, e);
                }
            }
        };
    }

    /** @return false when the writer is gone (the project was removed or the server is shutting down) */
    private boolean submit(Runnable task) {
        try {
            writer.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }
}
