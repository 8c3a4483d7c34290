package dev.modelsense.cli;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.sandbox.CancellationToken;
import dev.modelsense.sandbox.SandboxAdmin;
import dev.modelsense.sandbox.SandboxException;
import dev.modelsense.sandbox.SandboxLocator;
import dev.modelsense.sandbox.SandboxName;
import dev.modelsense.sandbox.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code modelsense sandbox list|clean}: what is in your sandbox, and dropping it (only your relations). */
@Command(name = "sandbox", mixinStandardHelpOptions = true, description = "List or clean your personal sandbox.",
        subcommands = {SandboxCommand.ListSandbox.class, SandboxCommand.CleanSandbox.class})
final class SandboxCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    abstract static class SandboxAction implements Callable<Integer> {
        @Mixin
        ProjectOptions options = new ProjectOptions();

        @Mixin
        SandboxOptions sandbox = new SandboxOptions();

        @Override
        public Integer call() {
            ProjectSnapshot snapshot = Engine.compiler().compile(options.request());
            SandboxLocator locator = new SandboxLocator();
            try {
                SandboxName name = locator.name(snapshot, sandbox.user, sandbox.template, options.request().env());
                System.out.println("Sandbox " + name.display());
                try (Warehouse warehouse = locator.connect(snapshot, sandbox.driverPath)) {
                    return act(new SandboxAdmin(warehouse, name, new CancellationToken()), System.out);
                }
            } catch (SandboxException e) {
                System.err.println("error: " + e.getMessage());
                return 1;
            }
        }

        abstract int act(SandboxAdmin admin, PrintStream out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the relations in your sandbox.")
    static final class ListSandbox extends SandboxAction {
        @Override
        int act(SandboxAdmin admin, PrintStream out) {
            List<SandboxAdmin.Entry> entries = admin.list();
            entries.forEach(e -> out.printf("%-6s %s%s%n", e.kind().name().toLowerCase(), e.name(),
                    e.builtAt() == null ? "" : "  built " + e.builtAt()));
            out.println(entries.size() + " relation(s)");
            return 0;
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true, description = "Drop the relations in your sandbox (only yours, only relations).")
    static final class CleanSandbox extends SandboxAction {
        @Option(names = "--older-than", description = "Only relations last built longer ago than this, e.g. 7d, 12h.")
        String olderThan;

        @Override
        int act(SandboxAdmin admin, PrintStream out) {
            List<SandboxAdmin.Entry> dropped = admin.clean(parseAge(olderThan), Instant.now());
            dropped.forEach(e -> out.println("dropped " + e.kind().name().toLowerCase() + " " + e.name()));
            out.println("Dropped " + dropped.size() + " relation(s)");
            return 0;
        }
    }

    static Duration parseAge(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d+)([dhm])").matcher(text.strip());
        if (!m.matches()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new Main()),
                    "--older-than takes a number and d, h or m, e.g. 7d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "d" -> Duration.ofDays(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofMinutes(n);
        };
    }
}
