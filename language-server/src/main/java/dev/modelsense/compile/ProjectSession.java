package dev.modelsense.compile;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One dbt project kept compiled while its files change. Writers ({@link #rebuild}, {@link #update}) are meant to run
 * on one thread per project; readers take {@link #current()} at any time and always see a complete snapshot.
 */
public final class ProjectSession {

    private final ProjectCompiler compiler;
    private final CompileRequest request;
    private final AtomicReference<ProjectSnapshot> current = new AtomicReference<>();

    public ProjectSession(ProjectCompiler compiler, CompileRequest request) {
        this.compiler = compiler;
        this.request = request;
    }

    public Path root() {
        return request.projectRoot();
    }

    public CompileRequest request() {
        return request;
    }

    /** The latest snapshot, or null before the first build finished. */
    public ProjectSnapshot current() {
        return current.get();
    }

    public ProjectSnapshot rebuild() {
        return rebuild(CompileProgress.NONE);
    }

    /** Compiles the whole project; {@code progress} sees its priority files first. */
    public synchronized ProjectSnapshot rebuild(CompileProgress progress) {
        ProjectSnapshot snapshot = compiler.compile(request, progress);
        current.set(snapshot);
        return snapshot;
    }

    /** Brings the snapshot up to date after these files changed (on disk or in an editor buffer). */
    public ProjectSnapshot update(Set<Path> changedFiles) {
        return update(changedFiles, CompileProgress.NONE);
    }

    public synchronized ProjectSnapshot update(Set<Path> changedFiles, CompileProgress progress) {
        ProjectSnapshot previous = current.get();
        ProjectSnapshot next = previous == null ? compiler.compile(request, progress)
                : compiler.recompile(previous, request, changedFiles, progress);
        current.set(next);
        return next;
    }
}
