package dev.modelsense.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code modelsense}: one jar for the CLI and (later) the language server. */
@Command(name = "modelsense", mixinStandardHelpOptions = true, version = "modelsense 0.1.0",
        description = "Editor tooling for dbt projects: compile, list, check and serve.",
        subcommands = {CompileCommand.class, ListCommand.class, RunCommand.class, SandboxCommand.class,
                LineageCommand.class, CheckCommand.class, GenerateTestsCommand.class, ServeCommand.class, BenchCommand.class, LspBenchCommand.class,
                BenchLineageCommand.class, SandboxBenchCommand.class, BenchCheckCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
