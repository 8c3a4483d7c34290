package dev.modelsense.compile;

import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.BlockSplitter;
import dev.modelsense.jinja.TopLevelBlock;
import dev.modelsense.project.LoadedProject;
import dev.modelsense.project.NodeProperties;
import dev.modelsense.project.ProjectFile;
import dev.modelsense.project.PropertyFile;
import dev.modelsense.project.ResourceType;
import dev.modelsense.project.VersionProperties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns project files into node specs the way dbt's parsers name them: unique ids, fqns, versioned model files
 * ({@code <name>_v<version>} or {@code defined_in}), snapshot blocks, and the matching properties YAML entry.
 */
final class NodeDiscovery {

    record Result(List<NodeSpec> nodes, Map<String, Object> latestVersions, List<Problem> problems) {
    }

    private record VersionedFile(NodeProperties model, Object version) {
    }

    private final Map<String, NodeProperties> properties = new HashMap<>();
    private final Map<String, VersionedFile> versionedFiles = new HashMap<>();
    private final Map<String, Object> latestVersions = new HashMap<>();

    NodeDiscovery(LoadedProject project) {
        for (PropertyFile file : project.properties()) {
            for (NodeProperties node : file.nodes()) {
                properties.putIfAbsent(key(node.type(), node.packageName(), node.name()), node);
                indexVersions(node);
            }
        }
    }

    private void indexVersions(NodeProperties node) {
        if (node.type() != ResourceType.MODEL || node.versions() == null || node.versions().isEmpty()) {
            return;
        }
        Object latest = node.latestVersion();
        for (VersionProperties version : node.versions()) {
            String stem = version.definedIn() != null ? version.definedIn()
                    : node.name() + "_v" + version.v();
            versionedFiles.putIfAbsent(node.packageName() + "/" + stem, new VersionedFile(node, version.v()));
            if (node.latestVersion() == null && (latest == null || compareVersions(version.v(), latest) > 0)) {
                latest = version.v();
            }
        }
        latestVersions.put(node.packageName() + "." + node.name(), latest);
    }

    private static int compareVersions(Object a, Object b) {
        try {
            return Double.compare(Double.parseDouble(String.valueOf(a)), Double.parseDouble(String.valueOf(b)));
        } catch (NumberFormatException e) {
            return String.valueOf(a).compareTo(String.valueOf(b));
        }
    }

    Result discover(List<ProjectFile> files) {
        List<NodeSpec> nodes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ProjectFile file : files) {
            switch (file.type()) {
                case MODEL -> {
                    if (file.originalFilePath().endsWith(".sql")) {
                        nodes.add(model(file));
                    }
                }
                case ANALYSIS -> simple(file, NodeKind.ANALYSIS, ResourceType.ANALYSIS, nodes);
                case TEST -> simple(file, NodeKind.TEST, null, nodes);
                case SEED -> simple(file, NodeKind.SEED, ResourceType.SEED, nodes);
                case SNAPSHOT -> snapshots(file, nodes, problems);
                default -> {
                }
            }
        }
        return new Result(nodes, latestVersions, problems);
    }

    private NodeSpec model(ProjectFile file) {
        String stem = stem(file.resourcePath());
        VersionedFile versioned = versionedFiles.get(file.packageName() + "/" + stem);
        List<String> fqn = folderFqn(file);
        if (versioned != null) {
            String name = versioned.model().name();
            fqn.add(name);
            fqn.add("v" + versioned.version());
            return new NodeSpec("model." + file.packageName() + "." + name + ".v" + versioned.version(),
                    NodeKind.MODEL, file.packageName(), name, versioned.version(), file, file.text(), 0, fqn,
                    versioned.model());
        }
        fqn.add(stem);
        return new NodeSpec("model." + file.packageName() + "." + stem, NodeKind.MODEL, file.packageName(), stem,
                null, file, file.text(), 0, fqn, properties.get(key(ResourceType.MODEL, file.packageName(), stem)));
    }

    private void simple(ProjectFile file, NodeKind kind, ResourceType propertiesType, List<NodeSpec> nodes) {
        boolean sql = file.originalFilePath().endsWith(".sql");
        if (kind != NodeKind.SEED && !sql || kind == NodeKind.SEED && !file.originalFilePath().endsWith(".csv")) {
            return;
        }
        String stem = stem(file.resourcePath());
        List<String> fqn = folderFqn(file);
        if (kind == NodeKind.ANALYSIS) {
            fqn.add(1, "analysis");
        }
        fqn.add(stem);
        NodeProperties props = propertiesType == null ? null
                : properties.get(key(propertiesType, file.packageName(), stem));
        String prefix = kind.name().toLowerCase();
        nodes.add(new NodeSpec(prefix + "." + file.packageName() + "." + stem, kind, file.packageName(), stem, null,
                file, kind == NodeKind.SEED ? "" : file.text(), 0, fqn, props));
    }

    private void snapshots(ProjectFile file, List<NodeSpec> nodes, List<Problem> problems) {
        if (!file.originalFilePath().endsWith(".sql")) {
            return;
        }
        List<TopLevelBlock> blocks;
        try {
            blocks = BlockSplitter.split(file.text());
        } catch (RuntimeException e) {
            problems.add(Problem.error("jinja-syntax", e.getMessage(), file.path(), 0, 0));
            return;
        }
        for (TopLevelBlock block : blocks) {
            if (!"snapshot".equals(block.kind())) {
                continue;
            }
            List<String> fqn = folderFqn(file);
            fqn.add(block.name());
            int bodyLine = lineOf(file.text(), block.contentsOffset());
            nodes.add(new NodeSpec("snapshot." + file.packageName() + "." + block.name(), NodeKind.SNAPSHOT,
                    file.packageName(), block.name(), null, file, block.contents(), bodyLine, fqn,
                    properties.get(key(ResourceType.SNAPSHOT, file.packageName(), block.name()))));
        }
    }

    static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** [package, folders of the resource path...] — dbt's fqn without the node name. */
    private static List<String> folderFqn(ProjectFile file) {
        List<String> fqn = new ArrayList<>();
        fqn.add(file.packageName());
        String[] parts = file.resourcePath().split("/");
        fqn.addAll(Arrays.asList(parts).subList(0, parts.length - 1));
        return fqn;
    }

    private static String stem(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private static String key(ResourceType type, String packageName, String name) {
        return type + "/" + packageName + "/" + name;
    }
}
