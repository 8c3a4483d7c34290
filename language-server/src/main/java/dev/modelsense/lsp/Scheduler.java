package dev.modelsense.lsp;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay: the debounce between a keystroke and the recompile. Tests run it at once. */
@FunctionalInterface
public interface Scheduler {

    void schedule(Runnable task, long delayMillis);

    /** Runs every task on the calling thread, ignoring the delay. */
    static Scheduler immediate() {
        return (task, delayMillis) -> task.run();
    }

    static Scheduler of(ScheduledExecutorService executor) {
        return (task, delayMillis) -> {
            if (delayMillis <= 0) {
                task.run();
            } else {
                executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
            }
        };
    }
}
