package dev.modelsense.intellij.ide;

import com.intellij.openapi.project.Project;
import com.intellij.openapi.vfs.VirtualFile;
import com.redhat.devtools.lsp4ij.DocumentMatcher;
import dev.modelsense.intellij.DbtProjectFiles;
import org.jetbrains.annotations.NotNull;

/** Attaches the server to {@code .sql}/{@code .yml} files inside dbt projects only (see {@link DbtProjectFiles}). */
public final class DbtDocumentMatcher implements DocumentMatcher {

    @Override
    public boolean match(@NotNull VirtualFile file, @NotNull Project project) {
        return file.isInLocalFileSystem() && DbtProjectFiles.matches(file.toNioPath());
    }
}
