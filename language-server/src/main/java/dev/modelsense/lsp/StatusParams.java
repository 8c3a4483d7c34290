package dev.modelsense.lsp;

import java.util.List;

/** The {@code modelsense/status} notification: one entry per project, for the editor's status bar. */
public record StatusParams(List<ProjectStatus> projects) {

    /**
     * @param models enabled models in the latest snapshot
     * @param errors error diagnostics shown for the project (silenced ones excluded)
     * @param state  {@code compiling} before the first snapshot or while edits wait, {@code ready}, or {@code failed}
     *               when the last build crashed (the previous snapshot stays in use)
     */
    public record ProjectStatus(String root, int models, int errors, String state) {
    }
}
