package dev.modelsense.services;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSession;
import dev.modelsense.project.OverlayFileSource;
import dev.modelsense.project.ProjectDiscovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * Every dbt project below the editor's workspace folders, one {@link ProjectSession} each. A file belongs to the
 * deepest project whose folder contains it (a monorepo may nest projects).
 */
public final class Workspace {

    private final ProjectCompiler compiler;
    private final OverlayFileSource files;
    private final Function<Path, CompileRequest> requests;
    private final Map<Path, ProjectSession> sessions = new ConcurrentSkipListMap<>(Comparator.reverseOrder());

    /** @param requests how to compile a project found at a folder (target, vars, profiles dir from the settings) */
    public Workspace(ProjectCompiler compiler, OverlayFileSource files, Function<Path, CompileRequest> requests) {
        this.compiler = compiler;
        this.files = files;
        this.requests = requests;
    }

    public OverlayFileSource files() {
        return files;
    }

    /** Finds the projects below these folders; returns the sessions that are new. */
    public List<ProjectSession> addFolders(List<Path> folders) {
        List<ProjectSession> added = new ArrayList<>();
        for (Path folder : folders) {
            for (Path root : ProjectDiscovery.find(folder.toAbsolutePath().normalize())) {
                if (!sessions.containsKey(root)) {
                    ProjectSession session = new ProjectSession(compiler, requests.apply(root));
                    sessions.put(root, session);
                    added.add(session);
                }
            }
        }
        return added;
    }

    public void removeFolder(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        sessions.keySet().removeIf(root -> root.startsWith(normalized));
    }

    public Collection<ProjectSession> projects() {
        return List.copyOf(sessions.values());
    }

    /** The project a file belongs to: the deepest project folder that contains it. */
    public Optional<ProjectSession> projectOf(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        for (Map.Entry<Path, ProjectSession> entry : sessions.entrySet()) {
            if (normalized.startsWith(entry.getKey())) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
