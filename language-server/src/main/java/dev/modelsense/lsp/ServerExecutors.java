package dev.modelsense.lsp;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The server's threads, all given from outside so tests control them: {@code requests} answers feature requests
 * against the latest snapshot, {@code writers} makes the one writer thread of each project (named by its folder),
 * {@code debounce} delays a rebuild after an edit.
 *
 * @param shutdown stops what the server does not own per project (the request pool, the debounce timer)
 */
public record ServerExecutors(ExecutorService requests, Function<Path, ExecutorService> writers, Scheduler debounce,
                              Runnable shutdown) {

    /** Daemon threads: a request pool, a single-thread writer per project and one debounce timer. */
    public static ServerExecutors daemons() {
        ExecutorService requests = Executors.newCachedThreadPool(daemon("modelsense-request"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("modelsense-debounce"));
        return new ServerExecutors(requests,
                root -> Executors.newSingleThreadExecutor(daemon("modelsense-writer-" + root.getFileName())),
                Scheduler.of(timer), () -> {
                    requests.shutdownNow();
                    timer.shutdownNow();
                });
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
