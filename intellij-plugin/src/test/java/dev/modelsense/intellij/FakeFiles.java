package dev.modelsense.intellij;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Java homes, plugin folders and jars shaped like the real ones, in a temporary folder. */
final class FakeFiles {

    private FakeFiles() {
    }

    /** {@code <home>/bin/java} (executable) and {@code <home>/release} saying this version. */
    static Path javaHome(Path home, String version) throws IOException {
        Path java = executable(home.resolve("bin").resolve("java"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return java;
    }

    static Path executable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    /** A jar whose manifest names this main class. */
    static Path jar(Path file, String mainClass) throws IOException {
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }

    /** An installed plugin: {@code <root>/lib/modelsense-intellij.jar} and {@code <root>/lib/server/modelsense.jar}. */
    static Path pluginJar(Path root) throws IOException {
        jar(root.resolve("lib").resolve("server").resolve(ServerJarLocator.BUNDLED_JAR), ServerJarLocator.MAIN_CLASS);
        return jar(root.resolve("lib").resolve("modelsense-intellij.jar"), null);
    }
}
