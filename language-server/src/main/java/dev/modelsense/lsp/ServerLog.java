package dev.modelsense.lsp;

import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server's log: {@code window/logMessage} once a client is connected, else java.util.logging (stderr).
 * Never stdout, which carries the protocol. Messages name files and codes, never profile credentials.
 */
final class ServerLog {

    private static final Logger FALLBACK = Logger.getLogger("dev.modelsense.lsp");

    private final Supplier<LanguageClient> client;

    ServerLog(Supplier<LanguageClient> client) {
        this.client = client;
    }

    void info(String message) {
        send(MessageType.Info, message);
    }

    void warn(String message) {
        send(MessageType.Warning, message);
    }

    void error(String message, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        send(MessageType.Error, message + ": " + error + "\n" + trace);
    }

    private void send(MessageType type, String message) {
        LanguageClient connected = client.get();
        if (connected == null) {
            FALLBACK.log(type == MessageType.Error ? Level.SEVERE : type == MessageType.Warning ? Level.WARNING
                    : Level.INFO, message);
            return;
        }
        try {
            connected.logMessage(new MessageParams(type, message));
        } catch (RuntimeException e) {
            FALLBACK.log(Level.WARNING, message, e);
        }
    }
}
