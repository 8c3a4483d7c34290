package dev.modelsense.conventions;

import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code layers:} ({@code layers: false} turns the layer checks off):
 * <pre>
 * layers:
 *   order:                       # earliest first
 *     - {name: staging, folders: [staging], prefixes: [stg_], may_depend_on: []}
 *     - {name: intermediate, folders: [intermediate], prefixes: [int_]}
 *     - {name: marts, folders: [marts], prefixes: [fct_, dim_]}
 *   source_layers: [staging]     # default: the first layer
 *   fanout_limit: 5              # 0 = not checked (default)
 *   report_rejoin: true
 * </pre>
 * A layer without {@code may_depend_on} may read itself and every earlier layer, except one named {@code staging},
 * which may read only earlier layers.
 */
final class LayersConfig {

    private static final Set<String> KEYS = Set.of("order", "source_layers", "fanout_limit", "report_rejoin");
    private static final Set<String> LAYER_KEYS = Set.of("name", "folders", "prefixes", "may_depend_on");

    private LayersConfig() {
    }

    static LayerRules parse(Node value, ConfigReader reader, LayerRules defaults) {
        if (value instanceof org.yaml.snakeyaml.nodes.ScalarNode && !ConfigReader.isNull(value)) {
            boolean on = reader.bool(value, "layers").orElse(true);
            return new LayerRules(on, defaults.layers(), defaults.sourceLayers(), defaults.fanoutLimit(),
                    defaults.reportRejoin());
        }
        Map<String, Node> entries = reader.mapping(value, "layers", KEYS);
        List<Layer> layers = entries.containsKey("order") ? layers(entries.get("order"), reader) : defaults.layers();
        Set<String> names = new LinkedHashSet<>(layers.stream().map(Layer::name).toList());
        Set<String> sourceLayers;
        if (entries.containsKey("source_layers")) {
            sourceLayers = new LinkedHashSet<>(known(entries.get("source_layers"), "source_layers", names, reader));
        } else if (entries.containsKey("order")) {
            sourceLayers = layers.isEmpty() ? Set.of() : Set.of(layers.get(0).name());
        } else {
            sourceLayers = defaults.sourceLayers();
        }
        int fanout = entries.containsKey("fanout_limit")
                ? reader.nonNegativeInt(entries.get("fanout_limit"), "fanout_limit").orElse(defaults.fanoutLimit())
                : defaults.fanoutLimit();
        boolean rejoin = entries.containsKey("report_rejoin")
                ? reader.bool(entries.get("report_rejoin"), "report_rejoin").orElse(defaults.reportRejoin())
                : defaults.reportRejoin();
        return new LayerRules(true, layers, sourceLayers, fanout, rejoin);
    }

    private static List<Layer> layers(Node order, ConfigReader reader) {
        List<Node> items = reader.items(order, "layers.order");
        List<String> names = new ArrayList<>();
        for (Node item : items) {
            Node name = ConfigReader.keyNodes(item).containsKey("name") ? child(item, "name") : null;
            names.add(name == null ? null : reader.string(name, "name").orElse(null));
        }
        Set<String> known = new LinkedHashSet<>(names.stream().filter(java.util.Objects::nonNull).toList());
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Node> entries = reader.mapping(items.get(i), "a layer", LAYER_KEYS);
            String name = names.get(i);
            if (name == null) {
                reader.error(items.get(i), "A layer needs a name");
                continue;
            }
            List<String> folders = entries.containsKey("folders")
                    ? reader.strings(entries.get("folders"), "folders") : List.of();
            List<String> prefixes = entries.containsKey("prefixes")
                    ? reader.strings(entries.get("prefixes"), "prefixes") : List.of();
            Set<String> mayDependOn;
            if (entries.containsKey("may_depend_on")) {
                mayDependOn = new LinkedHashSet<>(known(entries.get("may_depend_on"), "may_depend_on", known, reader));
            } else {
                mayDependOn = new LinkedHashSet<>(names.subList(0, i).stream()
                        .filter(java.util.Objects::nonNull).toList());
                if (!"staging".equals(name)) {
                    mayDependOn.add(name);
                }
            }
            layers.add(new Layer(name, folders, prefixes, mayDependOn));
        }
        return layers;
    }

    /** Layer names, each checked against the declared layers. */
    private static List<String> known(Node node, String what, Set<String> layers, ConfigReader reader) {
        List<String> names = new ArrayList<>();
        for (ConfigReader.Text name : reader.texts(node, what)) {
            if (layers.contains(name.value())) {
                names.add(name.value());
            } else {
                reader.error(name.node(), "Unknown layer '" + name.value() + "' in " + what + "."
                        + dev.modelsense.compile.Suggestions.didYouMean(name.value(), layers));
            }
        }
        return names;
    }

    private static Node child(Node mapping, String key) {
        if (mapping instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
            for (var tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar
                        && key.equals(scalar.getValue())) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }
}
