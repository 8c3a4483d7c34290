package dev.modelsense.conventions;

import org.yaml.snakeyaml.nodes.Node;

import java.util.function.Consumer;

/** Reads the {@code columns:} section of {@code modelsense.yml} into a {@link ColumnContract}. */
final class ColumnContractConfig {

    private ColumnContractConfig() {
    }

    /**
     * @param value  the YAML node under {@code columns:} (a mapping when well formed; never null)
     * @param errors receives each mistake, positioned at the offending key or value
     */
    static ColumnContract parse(Node value, Consumer<ConfigError> errors) {
        return ColumnContract.disabled();
    }
}
