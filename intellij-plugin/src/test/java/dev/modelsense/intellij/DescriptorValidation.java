package dev.modelsense.intellij;

import com.jetbrains.plugin.structure.base.plugin.PluginCreationFail;
import com.jetbrains.plugin.structure.base.plugin.PluginCreationResult;
import com.jetbrains.plugin.structure.base.plugin.PluginCreationSuccess;
import com.jetbrains.plugin.structure.base.problems.PluginProblem;
import com.jetbrains.plugin.structure.intellij.plugin.IdePlugin;
import com.jetbrains.plugin.structure.intellij.plugin.IdePluginManager;

import java.nio.file.Path;
import java.util.List;

/**
 * JetBrains' own plugin-structure checks (the library behind the Marketplace's and the Plugin Verifier's descriptor
 * checks) on a plugin folder or zip.
 */
final class DescriptorValidation {

    sealed interface Outcome {
        record Valid(IdePlugin plugin, List<String> warnings) implements Outcome {
        }

        record Invalid(List<String> problems) implements Outcome {
        }
    }

    private DescriptorValidation() {
    }

    static Outcome validate(Path pluginFolderOrZip) {
        PluginCreationResult<IdePlugin> result = IdePluginManager.createManager().createPlugin(pluginFolderOrZip);
        if (result instanceof PluginCreationSuccess<IdePlugin> success) {
            if (!success.getUnacceptableWarnings().isEmpty()) {
                return new Outcome.Invalid(describe(success.getUnacceptableWarnings()));
            }
            return new Outcome.Valid(success.getPlugin(), describe(success.getWarnings()));
        }
        return new Outcome.Invalid(describe(((PluginCreationFail<IdePlugin>) result).getErrorsAndWarnings()));
    }

    private static List<String> describe(List<? extends PluginProblem> problems) {
        return problems.stream().map(p -> p.getLevel() + ": " + p.getMessage()).toList();
    }
}
