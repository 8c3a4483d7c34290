package dev.modelsense.services;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.jinja.DocsBlock;
import dev.modelsense.project.DbtProject;
import dev.modelsense.project.ProjectFile;
import dev.modelsense.project.ResourceType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names a project defines that the snapshot does not list directly: vars and docs blocks. */
final class ProjectNames {

    private static final Pattern DOCS_TAG = Pattern.compile("\\{%-?\\s*docs\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*-?%}");

    /** A var with the project that defines it and its value as written there. */
    record Var(String name, String packageName, Object value) {
    }

    private ProjectNames() {
    }

    /**
     * Every var the project can read: {@code --vars}, the root project's (global and package-scoped blocks), then each
     * package's own; the first definition of a name wins, as dbt's precedence does for the root project's nodes.
     */
    static List<Var> vars(ProjectSnapshot snapshot) {
        Map<String, Var> vars = new LinkedHashMap<>();
        snapshot.project().cliVars().forEach((k, v) -> vars.putIfAbsent(k, new Var(k, "--vars", v)));
        DbtProject root = snapshot.project().root();
        List<DbtProject> projects = new ArrayList<>();
        projects.add(root);
        projects.addAll(snapshot.project().packages());
        List<String> packageNames = projects.stream().map(DbtProject::name).toList();
        for (DbtProject project : projects) {
            project.vars().forEach((key, value) -> {
                if (packageNames.contains(key) && value instanceof Map<?, ?> scoped) {
                    scoped.forEach((k, v) -> vars.putIfAbsent(String.valueOf(k),
                            new Var(String.valueOf(k), project.name(), v)));
                } else {
                    vars.putIfAbsent(key, new Var(key, project.name(), value));
                }
            });
        }
        return new ArrayList<>(vars.values());
    }

    /** Every docs block, root project first, resolved through the macro registry. */
    static List<DocsBlock> docs(ProjectSnapshot snapshot) {
        Map<String, DocsBlock> found = new LinkedHashMap<>();
        String root = snapshot.project().root().name();
        List<ProjectFile> files = new ArrayList<>(snapshot.project().files().stream()
                .filter(f -> f.type() == ResourceType.DOCS || f.type() == ResourceType.MACRO).toList());
        files.sort((a, b) -> Boolean.compare(!a.packageName().equals(root), !b.packageName().equals(root)));
        for (ProjectFile file : files) {
            if (!file.text().contains("docs")) {
                continue;
            }
            Matcher m = DOCS_TAG.matcher(file.text());
            while (m.find()) {
                String key = file.packageName() + "." + m.group(1);
                snapshot.macros().doc(file.packageName(), m.group(1)).ifPresent(d -> found.putIfAbsent(key, d));
            }
        }
        return new ArrayList<>(found.values());
    }
}
