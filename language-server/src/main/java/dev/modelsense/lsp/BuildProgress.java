package dev.modelsense.lsp;

import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server-initiated {@code $/progress} for a build: {@code window/workDoneProgress/create}, then begin, reports and
 * end. Every notification waits for the one before it, and the first for the client's answer to create, so the
 * editor sees them in order whichever writer thread reports. Silent when the client cannot show progress.
 */
final class BuildProgress {

    private static final AtomicInteger TOKENS = new AtomicInteger();

    private final LanguageClient client;
    private final Either<String, Integer> token;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private CompletableFuture<Void> chain;

    private BuildProgress(LanguageClient client, int total) {
        this.client = client;
        this.total = total;
        this.token = Either.forLeft("modelsense-build-" + TOKENS.incrementAndGet());
    }

    static BuildProgress start(LanguageClient client, boolean supported, String title, int total) {
        BuildProgress progress = new BuildProgress(supported ? client : null, total);
        if (supported) {
            // a client that refuses the token gets no notifications for it, as the protocol requires
            progress.chain = client.createProgress(new WorkDoneProgressCreateParams(progress.token))
                    .thenRun(() -> progress.send(begin(title, total)));
        }
        return progress;
    }

    /** One project finished. */
    void projectDone(String name) {
        int count = done.incrementAndGet();
        WorkDoneProgressReport report = new WorkDoneProgressReport();
        report.setMessage(count + "/" + total + " " + name);
        report.setPercentage(total == 0 ? 100 : count * 100 / total);
        then(report);
    }

    void end(String message) {
        WorkDoneProgressEnd end = new WorkDoneProgressEnd();
        end.setMessage(message);
        then(end);
    }

    private synchronized void then(WorkDoneProgressNotification notification) {
        if (client != null) {
            chain = chain.thenRun(() -> send(notification));
        }
    }

    private void send(WorkDoneProgressNotification notification) {
        client.notifyProgress(new ProgressParams(token, Either.forLeft(notification)));
    }

    private static WorkDoneProgressBegin begin(String title, int total) {
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setMessage(total + (total == 1 ? " project" : " projects"));
        begin.setPercentage(0);
        begin.setCancellable(false);
        return begin;
    }
}
