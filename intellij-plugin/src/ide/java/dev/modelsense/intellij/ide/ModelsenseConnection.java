package dev.modelsense.intellij.ide;

import com.google.gson.JsonParser;
import com.intellij.openapi.vfs.VirtualFile;
import com.redhat.devtools.lsp4ij.server.ProcessStreamConnectionProvider;
import dev.modelsense.intellij.LaunchSpec;

import java.net.URI;

/** Starts the planned command in the project folder and sends the planned settings with {@code initialize}. */
final class ModelsenseConnection extends ProcessStreamConnectionProvider {

    private final LaunchSpec spec;

    ModelsenseConnection(LaunchSpec spec) {
        super(spec.command(), spec.workingDirectory() == null ? null : spec.workingDirectory().toString());
        this.spec = spec;
    }

    // LSP4IJ passed the root as a URI before 0.10 and as a VirtualFile since: both are declared, without @Override,
    // so the class compiles against either and the one LSP4IJ calls answers.

    public Object getInitializationOptions(VirtualFile root) {
        return JsonParser.parseString(spec.initializationOptions());
    }

    public Object getInitializationOptions(URI root) {
        return JsonParser.parseString(spec.initializationOptions());
    }

    @Override
    public String toString() {
        return "Modelsense server " + spec.command() + " in " + spec.workingDirectory() + "; "
                + String.join("; ", spec.notes());
    }
}
