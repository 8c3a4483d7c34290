package dev.modelsense.jinja;

import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every macro of a project, by package: the root project, installed packages and our own global project
 * (package {@code dbt}). Immutable once built and shared by all renders and threads; the compiled macro bodies are
 * parsed once here.
 */
public final class MacroRegistry {

    /** The package name of our global project (dbt's internal macros). */
    public static final String INTERNAL_PACKAGE = "dbt";

    private final String rootPackage;
    private final List<String> packages;
    private final Map<String, Map<String, MacroFunction>> functions;
    private final Map<String, Map<String, MacroInfo>> infos;
    private final Map<String, Map<String, DocsBlock>> docs;
    private final Map<String, Map<String, Object>> flatNamespaces = new ConcurrentHashMap<>();

    private MacroRegistry(String rootPackage, List<String> packages, Map<String, Map<String, MacroFunction>> functions,
                          Map<String, Map<String, MacroInfo>> infos, Map<String, Map<String, DocsBlock>> docs) {
        this.rootPackage = rootPackage;
        this.packages = packages;
        this.functions = functions;
        this.infos = infos;
        this.docs = docs;
    }

    public static Builder builder(String rootPackage, List<String> packages) {
        return new Builder(rootPackage, packages);
    }

    public Optional<MacroInfo> find(String packageName, String macroName) {
        return Optional.ofNullable(infos.getOrDefault(packageName, Map.of()).get(macroName));
    }

    /** User, package and internal macros, materializations, tests (docs blocks are in {@link #doc}). */
    public List<MacroInfo> all() {
        List<MacroInfo> all = new ArrayList<>();
        infos.values().forEach(m -> all.addAll(m.values()));
        return Collections.unmodifiableList(all);
    }

    /** dbt's {@code doc()} lookup: the given package, else the root project first, then any package. */
    public Optional<DocsBlock> doc(String packageName, String name) {
        if (packageName != null) {
            return Optional.ofNullable(docs.getOrDefault(packageName, Map.of()).get(name));
        }
        DocsBlock root = docs.getOrDefault(rootPackage, Map.of()).get(name);
        if (root != null) {
            return Optional.of(root);
        }
        return docs.values().stream().map(m -> m.get(name)).filter(d -> d != null).findFirst();
    }

    public String rootPackage() {
        return rootPackage;
    }

    /** Installed packages, in order (not the root project, not {@code dbt}). */
    public List<String> packages() {
        return packages;
    }

    /** The callable macros of one package (read-only). */
    Map<String, MacroFunction> functions(String packageName) {
        return functions.getOrDefault(packageName, Map.of());
    }

    Map<String, Map<String, MacroFunction>> allFunctions() {
        return functions;
    }

    /**
     * What a bare macro name means in a node of {@code searchPackage} (dbt's {@code MacroNamespace}): the node's package
     * wins over the root project, which wins over internal macros, which win over context builtins.
     * Cached; callers copy it before a render writes into it.
     */
    Map<String, Object> flatNamespace(String searchPackage) {
        return flatNamespaces.computeIfAbsent(searchPackage == null ? rootPackage : searchPackage, pkg -> {
            Map<String, Object> namespace = new HashMap<>(Builtins.functions());
            namespace.putAll(functions(INTERNAL_PACKAGE));
            namespace.putAll(functions(rootPackage));
            namespace.putAll(functions(pkg));
            return Collections.unmodifiableMap(namespace);
        });
    }

    /** Collects macro files; {@link #build()} adds our global project as package {@code dbt}. */
    public static final class Builder {
        private final String rootPackage;
        private final List<String> packages;
        private final Map<String, Map<String, MacroFunction>> functions = new LinkedHashMap<>();
        private final Map<String, Map<String, MacroInfo>> infos = new LinkedHashMap<>();
        private final Map<String, Map<String, DocsBlock>> docs = new LinkedHashMap<>();
        private boolean withGlobalProject = true;

        private Builder(String rootPackage, List<String> packages) {
            this.rootPackage = rootPackage;
            this.packages = List.copyOf(packages);
        }

        /** Parses one macro file; returns its syntax problems (the file's good blocks are still registered). */
        public List<JinjaProblem> addFile(String packageName, String path, String text) {
            MacroLoader.LoadedFile file = MacroLoader.load(CompatJinjava.shared(), packageName, path, text);
            add(packageName, file);
            return file.problems();
        }

        /** Leaves out our global project (for tests that supply their own {@code dbt} macros). */
        public Builder withoutGlobalProject() {
            withGlobalProject = false;
            return this;
        }

        private void add(String packageName, MacroLoader.LoadedFile file) {
            functions.computeIfAbsent(packageName, k -> new HashMap<>()).putAll(file.functions());
            Map<String, MacroInfo> byName = infos.computeIfAbsent(packageName, k -> new LinkedHashMap<>());
            file.macros().forEach(m -> byName.put(m.name(), m));
            Map<String, DocsBlock> docsByName = docs.computeIfAbsent(packageName, k -> new LinkedHashMap<>());
            file.docs().forEach(d -> docsByName.put(d.name(), d));
        }

        public MacroRegistry build() {
            if (withGlobalProject) {
                for (MacroLoader.LoadedFile file : GlobalProject.files()) {
                    // user files added for package 'dbt' win over ours
                    Map<String, MacroFunction> existing = functions.getOrDefault(INTERNAL_PACKAGE, Map.of());
                    Map<String, MacroFunction> fresh = new HashMap<>(file.functions());
                    fresh.keySet().removeAll(existing.keySet());
                    add(INTERNAL_PACKAGE, new MacroLoader.LoadedFile(fresh, file.macros().stream()
                            .filter(m -> !existing.containsKey(m.name())).toList(), file.docs(), List.of()));
                }
            }
            Map<String, Map<String, MacroFunction>> f = new LinkedHashMap<>();
            functions.forEach((k, v) -> f.put(k, Map.copyOf(v)));
            Map<String, Map<String, MacroInfo>> i = new LinkedHashMap<>();
            infos.forEach((k, v) -> i.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
            Map<String, Map<String, DocsBlock>> d = new LinkedHashMap<>();
            docs.forEach((k, v) -> d.put(k, Map.copyOf(v)));
            return new MacroRegistry(rootPackage, packages, Map.copyOf(f), Collections.unmodifiableMap(i),
                    Map.copyOf(d));
        }
    }

    /** Our versions of dbt's built-in macros, from the classpath; parsed once per process. */
    static final class GlobalProject {
        private static final String ROOT = "modelsense/global_project/";
        private static volatile List<MacroLoader.LoadedFile> files;

        private GlobalProject() {
        }

        static List<MacroLoader.LoadedFile> files() {
            List<MacroLoader.LoadedFile> loaded = files;
            if (loaded == null) {
                synchronized (GlobalProject.class) {
                    if (files == null) {
                        files = load();
                    }
                    loaded = files;
                }
            }
            return loaded;
        }

        private static List<MacroLoader.LoadedFile> load() {
            List<MacroLoader.LoadedFile> loaded = new ArrayList<>();
            for (String line : resource(ROOT + "index.txt").split("\n")) {
                String name = line.trim();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                MacroLoader.LoadedFile file = MacroLoader.load(CompatJinjava.shared(), INTERNAL_PACKAGE,
                        ROOT + name, resource(ROOT + name));
                if (!file.problems().isEmpty()) {
                    throw new IllegalStateException("Bundled macro file " + name + " is invalid: " + file.problems());
                }
                loaded.add(file);
            }
            return List.copyOf(loaded);
        }

        private static String resource(String path) {
            try (InputStream in = MacroRegistry.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Missing bundled resource " + path);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
