package dev.modelsense.intellij.ide;

import com.intellij.ide.plugins.IdeaPluginDescriptor;
import com.intellij.ide.plugins.PluginManagerCore;
import com.intellij.openapi.extensions.PluginId;
import com.intellij.openapi.project.Project;
import com.redhat.devtools.lsp4ij.LanguageServerFactory;
import com.redhat.devtools.lsp4ij.server.StreamConnectionProvider;
import dev.modelsense.intellij.LaunchEnvironment;
import dev.modelsense.intellij.LaunchPlan;
import dev.modelsense.intellij.ProjectSettingsFile;
import dev.modelsense.intellij.ServerLaunch;
import org.jetbrains.annotations.NotNull;

import java.nio.file.Path;

/**
 * LSP4IJ's entry point for the Modelsense server. Every decision is made by {@link ServerLaunch}, which is tested
 * without an IDE; this class only gathers the IDE's inputs. Compiled only by the {@code ide} Maven profile.
 */
public final class ModelsenseServerFactory implements LanguageServerFactory {

    static final String PLUGIN_ID = "dev.modelsense";

    @Override
    public @NotNull StreamConnectionProvider createConnectionProvider(@NotNull Project project) {
        Path base = project.getBasePath() == null ? null : Path.of(project.getBasePath());
        LaunchPlan plan = ServerLaunch.standard().plan(ProjectSettingsFile.read(base, System.getProperties()), base,
                pluginLib(), LaunchEnvironment.ofProcess());
        if (plan instanceof LaunchPlan.Failed failed) {
            // LSP4IJ shows a failed start, with this message, in its console and the Language Servers view
            throw new IllegalStateException(failed.message());
        }
        return new ModelsenseConnection(((LaunchPlan.Ready) plan).spec());
    }

    /** {@code <plugin>/lib}, where the plugin jar and {@code server/modelsense.jar} live. */
    private static Path pluginLib() {
        IdeaPluginDescriptor plugin = PluginManagerCore.getPlugin(PluginId.getId(PLUGIN_ID));
        return plugin == null ? null : plugin.getPluginPath().resolve("lib");
    }
}
