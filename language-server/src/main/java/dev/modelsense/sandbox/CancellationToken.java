package dev.modelsense.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets the caller stop a run from another thread. Whatever is running registers how to stop itself (the JDBC
 * statement's {@code cancel()}), so cancelling reaches the server, not just the next check between models.
 */
public final class CancellationToken {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            listeners.forEach(CancellationToken::runQuietly);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs {@code onCancel} when the token is cancelled (at once if it already is) until the handle is closed. */
    public Registration register(Runnable onCancel) {
        listeners.add(onCancel);
        if (cancelled.get()) {
            runQuietly(onCancel);
        }
        return () -> listeners.remove(onCancel);
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new SandboxException(SandboxError.Kind.CANCELLED, "Run cancelled by the user");
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // a failed cancel leaves the statement to its timeout; nothing more to do here
        }
    }

    /** Stops listening for cancellation. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
