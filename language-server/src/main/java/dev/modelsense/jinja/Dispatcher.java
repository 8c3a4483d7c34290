package dev.modelsense.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * dbt's {@code adapter.dispatch(macro_name, macro_namespace)}: the packages searched are the project's
 * {@code dispatch:} search order for the namespace, else {@code [root, namespace]} when the namespace is an installed
 * package (or {@code dbt}), else the flat namespace; within each, the prefixes are the adapter type, its parent
 * adapters, then {@code default}.
 */
final class Dispatcher {

    private Dispatcher() {
    }

    static MacroFunction dispatch(RenderState state, String macroName, String namespace) {
        ProjectScope scope = state.scope;
        List<String> prefixes = new ArrayList<>();
        prefixes.add(scope.dialect().type());
        prefixes.addAll(scope.dialect().parentAdapters());
        prefixes.add("default");
        List<String> attempts = new ArrayList<>();
        for (String pkg : searchPackages(scope, namespace)) {
            for (String prefix : prefixes) {
                String searchName = prefix + "__" + macroName;
                MacroFunction macro = find(scope, pkg, searchName);
                attempts.add(pkg == null ? searchName : pkg + "." + searchName);
                if (macro != null) {
                    return macro;
                }
            }
        }
        String searched = attempts.stream().map(PyValues::quote).collect(Collectors.joining(", "));
        throw new DbtCompilationException("In dispatch: No macro named '" + macroName + "' found within namespace: '"
                + (namespace == null ? "None" : namespace) + "'\n    Searched for: " + searched);
    }

    static List<String> searchPackages(ProjectScope scope, String namespace) {
        List<String> packages = new ArrayList<>();
        if (namespace == null) {
            packages.add(null);
            return packages;
        }
        List<String> configured = scope.dispatchSearchOrder().get(namespace);
        if (configured != null && !configured.isEmpty()) {
            return configured;
        }
        boolean dependency = namespace.equals(MacroRegistry.INTERNAL_PACKAGE)
                || namespace.equals(scope.rootPackage()) || scope.macros().packages().contains(namespace);
        if (dependency) {
            packages.add(scope.rootPackage());
            packages.add(namespace);
        } else {
            packages.add(null);
        }
        return packages;
    }

    private static MacroFunction find(ProjectScope scope, String pkg, String name) {
        if (pkg == null) {
            return JinjavaInterpreter.getCurrent().getContext().getGlobalMacro(name);
        }
        Map<String, MacroFunction> functions = scope.macros().functions(pkg);
        return functions.get(name);
    }
}
