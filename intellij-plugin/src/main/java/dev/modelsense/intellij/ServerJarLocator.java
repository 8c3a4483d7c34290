package dev.modelsense.intellij;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Finds the server jar: the server-jar setting, then {@code MODELSENSE_SERVER_JAR}, then the jar bundled with the
 * plugin at {@code <plugin>/lib/server/modelsense.jar}. The bundled jar sits one folder below {@code lib/} because
 * every jar directly in {@code lib/} joins the plugin's class path, and the server's own LSP4J must not meet
 * LSP4IJ's.
 */
public final class ServerJarLocator {

    public static final String BUNDLED_JAR = "modelsense.jar";
    public static final String ENVIRONMENT_VARIABLE = "MODELSENSE_SERVER_JAR";
    /** The server's entry point: a jar without it is not the Modelsense server. */
    public static final String MAIN_CLASS = "dev.modelsense.cli.Main";

    private ServerJarLocator() {
    }

    /**
     * @param pluginCodeSource where the plugin's classes were loaded from: {@code <plugin>/lib/<plugin jar>} in an
     *                         installed plugin
     * @param jarSetting       the server-jar setting; blank or null when not set
     */
    public static ServerJarLookup find(Path pluginCodeSource, String jarSetting, LaunchEnvironment environment) {
        if (jarSetting != null && !jarSetting.isBlank()) {
            return check(jarSetting.trim(), "setting");
        }
        Optional<String> fromEnvironment = environment.variable(ENVIRONMENT_VARIABLE);
        if (fromEnvironment.isPresent()) {
            return check(fromEnvironment.get().trim(), ENVIRONMENT_VARIABLE);
        }
        Optional<Path> bundled = bundledJar(pluginCodeSource);
        if (bundled.isEmpty()) {
            return new ServerJarLookup.Missing("The Modelsense plugin has no bundled server: expected lib/server/"
                    + BUNDLED_JAR + " in the plugin folder (plugin classes at " + pluginCodeSource + "). Reinstall "
                    + "the plugin, or set the server jar setting or " + ENVIRONMENT_VARIABLE + ".");
        }
        return check(bundled.get().toString(), "bundled");
    }

    /** {@code <plugin>/lib/server/modelsense.jar} for classes loaded from {@code <plugin>/lib/*.jar}. */
    static Optional<Path> bundledJar(Path pluginCodeSource) {
        if (pluginCodeSource == null) {
            return Optional.empty();
        }
        Path lib = Files.isDirectory(pluginCodeSource) && pluginCodeSource.getFileName() != null
                && pluginCodeSource.getFileName().toString().equals("lib")
                ? pluginCodeSource : pluginCodeSource.getParent();
        if (lib == null || lib.getFileName() == null || !lib.getFileName().toString().equals("lib")) {
            return Optional.empty();
        }
        Path jar = lib.resolve("server").resolve(BUNDLED_JAR);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    private static ServerJarLookup check(String location, String origin) {
        Path jar;
        try {
            jar = Path.of(location);
        } catch (InvalidPathException e) {
            return new ServerJarLookup.Missing("Modelsense server jar (" + origin + "): not a path: " + location);
        }
        if (!Files.isRegularFile(jar)) {
            return new ServerJarLookup.Missing("Modelsense server jar (" + origin + "): no file at " + jar);
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String main = manifest == null ? null : manifest.getMainAttributes().getValue("Main-Class");
            if (!MAIN_CLASS.equals(main)) {
                return new ServerJarLookup.Missing("Modelsense server jar (" + origin + "): " + jar
                        + " is not the Modelsense server (its Main-Class is " + main + ")");
            }
        } catch (IOException e) {
            return new ServerJarLookup.Missing("Modelsense server jar (" + origin + "): " + jar
                    + " is not a readable jar: " + e.getMessage());
        }
        return new ServerJarLookup.Found(jar.toAbsolutePath().normalize(), origin);
    }
}
