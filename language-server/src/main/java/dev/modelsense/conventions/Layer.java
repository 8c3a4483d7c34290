package dev.modelsense.conventions;

import java.util.List;
import java.util.Set;

/**
 * One layer of the project: the folders whose models belong to it (by folder name, at any depth under the model
 * paths), the name prefixes that mark its models elsewhere, and the layers its models may read.
 */
public record Layer(String name, List<String> folders, List<String> prefixes, Set<String> mayDependOn) {

    public Layer {
        folders = List.copyOf(folders);
        prefixes = List.copyOf(prefixes);
        mayDependOn = Set.copyOf(mayDependOn);
    }
}
