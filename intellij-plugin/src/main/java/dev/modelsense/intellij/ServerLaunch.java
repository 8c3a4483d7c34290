package dev.modelsense.intellij;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans the server's start: which Java, which jar, which arguments, which settings. Everything the IDE glue does is
 * call {@link #plan} and hand the command to LSP4IJ, so this class is the plugin's behaviour and is tested here.
 */
public final class ServerLaunch {

    /**
     * JVM arguments always given. The JVM prints its own warnings to stdout by default, and stdout is the protocol
     * channel: one warning there breaks the connection, so unified logging goes to stderr instead.
     */
    public static final List<String> DEFAULT_VM_ARGS = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");
    public static final List<String> SERVER_ARGS = List.of("serve");

    private final JavaLocator javaLocator;

    public ServerLaunch(JavaLocator javaLocator) {
        this.javaLocator = javaLocator;
    }

    public static ServerLaunch standard() {
        return new ServerLaunch(new JavaLocator(JavaVersions.standard()));
    }

    /**
     * @param properties       the {@code modelsense.*} settings
     * @param projectBase      the IDE project's folder: the server's working directory
     * @param pluginCodeSource where the plugin's classes came from, to find the bundled server jar
     */
    public LaunchPlan plan(Map<String, String> properties, Path projectBase, Path pluginCodeSource,
                           LaunchEnvironment environment) {
        PluginSettings settings = PluginSettings.fromProperties(properties);
        List<String> notes = new ArrayList<>(PluginSettings.problems(properties));
        JavaLookup java = javaLocator.find(settings.java(), environment);
        if (java instanceof JavaLookup.Missing missing) {
            return new LaunchPlan.Failed(missing.message());
        }
        JavaLookup.Found found = (JavaLookup.Found) java;
        found.skipped().forEach(reason -> notes.add("Skipped " + reason));
        ServerJarLookup jar = ServerJarLocator.find(pluginCodeSource, settings.serverJar(), environment);
        if (jar instanceof ServerJarLookup.Missing missing) {
            return new LaunchPlan.Failed(missing.message());
        }
        Path serverJar = ((ServerJarLookup.Found) jar).jar();
        notes.add("Java " + found.runtime().featureVersion() + " from " + found.runtime().origin().label() + ": "
                + found.runtime().executable());
        notes.add("Server jar (" + ((ServerJarLookup.Found) jar).origin() + "): " + serverJar);
        return new LaunchPlan.Ready(new LaunchSpec(
                command(found.runtime().executable().toString(), settings.vmArgs(), serverJar.toString()),
                projectBase, ServerOptions.initializationOptions(settings), found.runtime(), serverJar, notes));
    }

    /** {@code <java> <default VM args> <user VM args> -jar <server jar> serve}: the template uses the same words. */
    public static List<String> command(String java, List<String> vmArgs, String serverJar) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(DEFAULT_VM_ARGS);
        command.addAll(vmArgs);
        command.add("-jar");
        command.add(serverJar);
        command.addAll(SERVER_ARGS);
        return command;
    }
}
