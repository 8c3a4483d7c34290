package dev.modelsense.cli;

import dev.modelsense.lsp.DbtLanguageServer;
import dev.modelsense.lsp.StandardFeatures;
import dev.modelsense.lsp.ServerEnvironment;
import dev.modelsense.lsp.ServerExecutors;
import dev.modelsense.lsp.ServerLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Callable;

/** {@code modelsense serve}: the language server over stdio, or over a socket on 127.0.0.1 with {@code --port}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the language server (LSP over stdio, or a local socket with --port).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "Listen on 127.0.0.1:PORT for one editor connection instead of stdio.")
    Integer port;

    @Override
    public Integer call() throws IOException {
        InputStream in = System.in;
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        // stdout carries the protocol only: anything a library prints goes to stderr instead
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        if (port == null) {
            return serve(in, protocolOut);
        }
        try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            System.err.println("modelsense: listening on 127.0.0.1:" + listener.getLocalPort());
            try (Socket socket = listener.accept()) {
                socket.setTcpNoDelay(true); // small protocol messages must not wait for Nagle's algorithm
                return serve(socket.getInputStream(), socket.getOutputStream());
            }
        }
    }

    private static int serve(InputStream in, OutputStream out) {
        DbtLanguageServer server = new DbtLanguageServer(ServerExecutors.daemons(), ServerEnvironment.ofProcess(),
                StandardFeatures.all());
        return ServerLauncher.serve(server, in, out);
    }
}
