package dev.modelsense.intellij;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Run by the {@code ide} profile on the assembled plugin zip: JetBrains' structure checks, plus the layout this
 * plugin relies on (its jar in {@code lib/}, the server in {@code lib/server/}, the LSP4IJ glue classes present).
 */
public final class PluginZipCheck {

    private PluginZipCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path zip = Path.of(args[0]);
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("No plugin zip at " + zip);
        }
        DescriptorValidation.Outcome outcome = DescriptorValidation.validate(zip);
        if (outcome instanceof DescriptorValidation.Outcome.Invalid invalid) {
            throw new IllegalStateException("The plugin zip " + zip + " is invalid: " + invalid.problems());
        }
        boolean server = false;
        boolean pluginJar = false;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                server |= name.equals("modelsense/lib/server/" + ServerJarLocator.BUNDLED_JAR);
                pluginJar |= name.equals("modelsense/lib/modelsense-intellij.jar");
            }
        }
        if (!server || !pluginJar) {
            throw new IllegalStateException("The plugin zip " + zip + " lacks modelsense/lib/modelsense-intellij.jar "
                    + "or modelsense/lib/server/modelsense.jar");
        }
        System.err.println("Plugin zip checked: " + zip + " " + ((DescriptorValidation.Outcome.Valid) outcome).warnings());
    }
}
