package dev.modelsense.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Who runs and how the sandbox is named, shared by {@code run} and {@code sandbox}. */
final class SandboxOptions {

    @Option(names = "--user", description = "Sandbox user (default: $MODELSENSE_USER, git user.email, OS user).")
    String user;

    @Option(names = "--sandbox-template", description = "Sandbox schema template (default: {target_schema}_{user}).")
    String template;

    @Option(names = "--driver-path", split = ",", description = "JDBC driver jars for other warehouses.")
    List<Path> driverPath = new ArrayList<>();
}
