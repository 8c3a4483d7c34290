package dev.modelsense.project;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one load; not thread-safe, one per load. */
final class Problems {

    private final List<ProjectProblem> problems = new ArrayList<>();

    void error(String code, String message, Location location) {
        problems.add(new ProjectProblem(Severity.ERROR, code, message, location));
    }

    void warning(String code, String message, Location location) {
        problems.add(new ProjectProblem(Severity.WARNING, code, message, location));
    }

    void add(ProjectProblem problem) {
        problems.add(problem);
    }

    List<ProjectProblem> all() {
        return List.copyOf(problems);
    }
}
