package dev.modelsense.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files of a project that changed since a git ref, as a pull request sees them: committed since the merge base
 * with the ref ({@code git diff <ref>...HEAD}), plus uncommitted (staged or not) and untracked files.
 */
final class GitChanges {

    /** Why the changes could not be listed: not a git work tree, an unknown ref, git missing. */
    static final class GitException extends Exception {
        GitException(String message) {
            super(message);
        }
    }

    private static final long TIMEOUT_SECONDS = 60;

    private GitChanges() {
    }

    /** Absolute paths, under {@code projectRoot} as the project spells it, of files changed since {@code ref}. */
    static Set<Path> since(Path projectRoot, String ref) throws GitException {
        Path top = Path.of(git(projectRoot, "rev-parse", "--show-toplevel").strip());
        if (git(top, List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"), true).isBlank()) {
            throw new GitException("Unknown git ref '" + ref + "' in " + top);
        }
        Set<String> changed = new LinkedHashSet<>();
        changed.addAll(lines(git(top, "diff", "--name-only", "-z", "--no-renames", ref + "...HEAD")));
        changed.addAll(lines(git(top, "diff", "--name-only", "-z", "--no-renames", "HEAD")));
        changed.addAll(lines(git(top, "ls-files", "--others", "--exclude-standard", "-z")));
        Path realRoot;
        Path realTop;
        try {
            realRoot = projectRoot.toRealPath();
            realTop = top.toRealPath();
        } catch (IOException e) {
            throw new GitException("Cannot resolve " + projectRoot + ": " + e.getMessage());
        }
        Set<Path> files = new LinkedHashSet<>();
        for (String name : changed) {
            Path absolute = realTop.resolve(name).normalize();
            if (absolute.startsWith(realRoot)) {
                files.add(projectRoot.resolve(realRoot.relativize(absolute).toString()).normalize());
            }
        }
        return files;
    }

    private static List<String> lines(String zeroSeparated) {
        List<String> names = new ArrayList<>();
        for (String name : zeroSeparated.split("\0")) {
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String git(Path dir, String... args) throws GitException {
        return git(dir, List.of(args), false);
    }

    private static String git(Path dir, List<String> args, boolean failureIsEmpty) throws GitException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "core.quotepath=off"));
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new GitException("Cannot run git: " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            // drain stderr alongside stdout so a chatty git never blocks on a full pipe
            var stderr = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    return e.getMessage();
                }
            });
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = stderr.join();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("git " + String.join(" ", args) + " timed out");
            }
            if (process.exitValue() != 0) {
                if (failureIsEmpty) {
                    return "";
                }
                throw new GitException(err.contains("not a git repository")
                        ? dir + " is not inside a git repository" : "git " + String.join(" ", args) + ": " + err);
            }
            return out;
        } catch (IOException e) {
            throw new GitException("git " + String.join(" ", args) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("Interrupted while running git");
        } finally {
            process.destroy();
        }
    }
}
