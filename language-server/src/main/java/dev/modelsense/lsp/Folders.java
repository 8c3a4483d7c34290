package dev.modelsense.lsp;

import dev.modelsense.services.Workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The editor's workspace folders and the projects below them: folders come and go, dbt_project.yml files appear and
 * disappear, and settings changes recreate every project session. Each change builds the projects it adds.
 */
final class Folders {

    private final ProjectBuilds builds;
    private final BooleanSupplier progressSupported;
    private final List<Path> folders = new CopyOnWriteArrayList<>();

    Folders(ProjectBuilds builds, BooleanSupplier progressSupported) {
        this.builds = builds;
        this.progressSupported = progressSupported;
    }

    /** Remembers the folders; {@link #buildNew()} finds and compiles their projects. */
    void remember(List<Path> added) {
        added.stream().filter(f -> !folders.contains(f)).forEach(folders::add);
    }

    /** Finds the projects below every folder and compiles the new ones. */
    CompletableFuture<Void> buildNew() {
        workspace().addFolders(List.copyOf(folders));
        return builds.buildAll(builds.reconcile(), progressSupported.getAsBoolean());
    }

    CompletableFuture<Void> add(List<Path> added) {
        remember(added);
        return buildNew();
    }

    void remove(List<Path> removed) {
        for (Path folder : removed) {
            folders.remove(folder);
            workspace().removeFolder(folder);
        }
        // a project below a removed folder may still lie below another (nested) folder
        buildNew();
    }

    /** Settings changed: every session is recreated with the new compile request and rebuilt. */
    CompletableFuture<Void> reload() {
        for (Path folder : folders) {
            workspace().removeFolder(folder);
        }
        return buildNew();
    }

    /** A dbt_project.yml appeared in {@code projectDir}. */
    CompletableFuture<Void> projectAppeared(Path projectDir) {
        if (folders.stream().noneMatch(projectDir::startsWith)) {
            return CompletableFuture.completedFuture(null);
        }
        return buildNew();
    }

    /** A dbt_project.yml disappeared from {@code projectDir}: its project goes; projects nested in it stay. */
    CompletableFuture<Void> projectRemoved(Path projectDir) {
        boolean known = new ArrayList<>(builds.all()).stream().anyMatch(w -> w.root().equals(projectDir));
        if (!known) {
            return CompletableFuture.completedFuture(null);
        }
        workspace().removeFolder(projectDir);
        return buildNew();
    }

    private Workspace workspace() {
        return builds.workspace();
    }
}
