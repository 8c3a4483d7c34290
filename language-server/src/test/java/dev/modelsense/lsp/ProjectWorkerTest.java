package dev.modelsense.lsp;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSession;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer's scheduling, driven step by step by a manual executor and scheduler. */
class ProjectWorkerTest {

    @TempDir
    Path dir;

    /** Runs queued tasks only when told to. */
    static final class ManualExecutor extends AbstractExecutorService {
        final Queue<Runnable> queue = new ArrayDeque<>();
        boolean shutdown;

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        @Override
        public void execute(Runnable command) {
            if (shutdown) {
                throw new java.util.concurrent.RejectedExecutionException();
            }
            queue.add(command);
        }

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown && queue.isEmpty();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    record Build(Set<Path> changed, boolean failed) {
    }

    @Test
    void aBurstOfChangesIsOneUpdateWithEveryFile() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        project.write("models/a.sql", "select 1 as id\n");
        ManualExecutor writer = new ManualExecutor();
        List<Build> builds = new ArrayList<>();
        ProjectWorker worker = worker(project.root(), writer, builds);

        worker.rebuild();
        writer.runAll();
        assertEquals(List.of(new Build(Set.of(), false)), builds);
        assertEquals(ProjectWorker.State.READY, worker.state());

        worker.changed(Set.of(project.path("models/a.sql")), 100);
        worker.changed(Set.of(project.path("models/b.sql")), 100);
        assertEquals(ProjectWorker.State.COMPILING, worker.state(), "pending edits show as compiling");
        writer.runAll();
        assertEquals(new Build(Set.of(project.path("models/a.sql"), project.path("models/b.sql")), false),
                builds.get(1));
        assertEquals(2, builds.size(), "the superseded drain did nothing");
    }

    @Test
    void aRetiredWorkerDropsQueuedWorkAndAGoneWriterCompletesWithNull() {
        ProjectFiles project = ProjectFiles.create(dir.resolve("shop"), "shop");
        ManualExecutor writer = new ManualExecutor();
        List<Build> builds = new ArrayList<>();
        ProjectWorker worker = worker(project.root(), writer, builds);
        worker.changed(Set.of(project.path("models/a.sql")), 0);
        var rebuilt = worker.rebuild();
        worker.retire();
        writer.runAll();
        assertEquals(List.of(), builds);
        assertNull(rebuilt.join());

        writer.shutdown();
        assertNull(worker.rebuild().join());
        assertTrue(worker.idle().isDone());
    }

    private ProjectWorker worker(Path root, ManualExecutor writer, List<Build> builds) {
        CompileRequest request = new CompileRequest(root, null, null, Map.of(), Map.of(), dir.resolve("home"),
                MetadataCache.EMPTY, 1);
        ProjectSession session = new ProjectSession(new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()),
                new DiskFileSource()), request);
        return new ProjectWorker(session, writer, Scheduler.immediate(), new ProjectWorker.Listener() {
            @Override
            public void built(ProjectWorker w, ProjectSnapshot snapshot, Set<Path> changed) {
                builds.add(new Build(changed, false));
            }

            @Override
            public void failed(ProjectWorker w, Throwable error) {
                builds.add(new Build(Set.of(), true));
            }
        });
    }
}
