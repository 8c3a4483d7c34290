package dev.modelsense.lsp;

import dev.modelsense.compile.Problem;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.project.FileSource;
import dev.modelsense.project.ProjectFile;
import dev.modelsense.text.LineIndex;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a snapshot's problems into diagnostics per file, ranged against the text the user sees now (the open buffer,
 * else the snapshot's copy, else the disk) and minus the codes the user silenced. A problem without a file belongs
 * to the project's dbt_project.yml.
 */
final class ProjectDiagnostics {

    static final String SOURCE = "modelsense";

    private final OpenDocuments documents;
    private final FileSource files;

    ProjectDiagnostics(OpenDocuments documents, FileSource files) {
        this.documents = documents;
        this.files = files;
    }

    Map<Path, List<Diagnostic>> diagnose(Path projectRoot, ProjectSnapshot snapshot, Set<String> ignoredBySettings,
                                         List<Problem> checkProblems) {
        return diagnose(projectRoot, snapshot, ignoredBySettings, Map.of(), checkProblems);
    }

    /** @param severities severity per problem code from the settings ({@code off} hides the code) */
    Map<Path, List<Diagnostic>> diagnose(Path projectRoot, ProjectSnapshot snapshot, Set<String> ignoredBySettings,
                                         Map<String, String> severities, List<Problem> checkProblems) {
        Texts texts = new Texts(snapshot);
        Path projectFile = projectRoot.resolve("dbt_project.yml");
        Map<Path, List<Problem>> byFile = new LinkedHashMap<>();
        List<Problem> all = new ArrayList<>(snapshot.allProblems());
        all.addAll(checkProblems);
        for (Problem problem : all) {
            Path file = problem.file() == null ? projectFile : problem.file().toAbsolutePath().normalize();
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(problem);
        }
        Map<Path, List<Diagnostic>> result = new LinkedHashMap<>();
        byFile.forEach((file, problems) -> {
            Set<String> ignored = Silencing.ignoredIn(ignoredBySettings, snapshot.nodesIn(file), texts.of(file).text());
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (Problem problem : problems) {
                String severity = severities.get(problem.code());
                if (!ignored.contains(problem.code()) && !"off".equals(severity)) {
                    Diagnostic diagnostic = toDiagnostic(problem, file, texts);
                    if (severity != null) {
                        diagnostic.setSeverity(switch (severity) {
                            case "error" -> DiagnosticSeverity.Error;
                            case "warning" -> DiagnosticSeverity.Warning;
                            case "information" -> DiagnosticSeverity.Information;
                            default -> DiagnosticSeverity.Hint;
                        });
                    }
                    diagnostics.add(diagnostic);
                }
            }
            if (!diagnostics.isEmpty()) {
                result.put(file, List.copyOf(diagnostics));
            }
        });
        return result;
    }

    /** The diagnostics of one problem list in one file, unfiltered (for {@code modelsense/compiledSql}). */
    List<Diagnostic> toDiagnostics(ProjectSnapshot snapshot, Path file, List<Problem> problems) {
        Texts texts = new Texts(snapshot);
        return problems.stream().map(problem -> toDiagnostic(problem, file, texts)).toList();
    }

    private Diagnostic toDiagnostic(Problem problem, Path file, Texts texts) {
        Diagnostic diagnostic = new Diagnostic(
                Conversions.range(ProblemRanges.rangeAt(texts.of(file), problem.line(), problem.column())),
                problem.message(), severity(problem), SOURCE);
        diagnostic.setCode(Either.forLeft(problem.code()));
        if (!problem.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Problem.Related other : problem.related()) {
                Path otherFile = other.file() == null ? file : other.file().toAbsolutePath().normalize();
                related.add(new DiagnosticRelatedInformation(new Location(documents.uriOf(otherFile),
                        Conversions.range(ProblemRanges.rangeAt(texts.of(otherFile), other.line(), other.column()))),
                        other.message()));
            }
            diagnostic.setRelatedInformation(related);
        }
        return diagnostic;
    }

    private static DiagnosticSeverity severity(Problem problem) {
        return switch (problem.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    /** The current text of each file a diagnostic lands in, indexed once per publish. */
    private final class Texts {
        private final ProjectSnapshot snapshot;
        private final Map<Path, LineIndex> cache = new HashMap<>();
        private Map<Path, String> snapshotTexts;

        Texts(ProjectSnapshot snapshot) {
            this.snapshot = snapshot;
        }

        LineIndex of(Path file) {
            return cache.computeIfAbsent(file, this::read);
        }

        private LineIndex read(Path file) {
            var open = documents.get(file);
            if (open.isPresent()) {
                return open.get().lines();
            }
            if (snapshotTexts == null) {
                snapshotTexts = new HashMap<>();
                for (ProjectFile projectFile : snapshot.project().files()) {
                    if (projectFile.text() != null) {
                        snapshotTexts.put(projectFile.path(), projectFile.text());
                    }
                }
            }
            String text = snapshotTexts.get(file);
            if (text == null) {
                text = files.read(file).orElse("");
            }
            return LineIndex.of(text);
        }
    }
}
