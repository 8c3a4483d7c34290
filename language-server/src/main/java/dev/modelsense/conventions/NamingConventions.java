package dev.modelsense.conventions;

import java.util.List;
import java.util.Map;

/**
 * How models, sources and seeds must be named. {@code models} are tried in order and the first rule that selects a
 * model applies; a name conforms when it matches one of that rule's patterns. Empty lists check nothing.
 */
public record NamingConventions(List<ModelNaming> models, List<NameTemplate> sources, List<NameTemplate> seeds,
                                List<FileNaming> yamlFiles) {

    public NamingConventions {
        models = List.copyOf(models);
        sources = List.copyOf(sources);
        seeds = List.copyOf(seeds);
        yamlFiles = List.copyOf(yamlFiles);
    }

    /**
     * dbt's recommended structure, checked only where a model's folder names its layer: staging models are
     * {@code stg_<source>__<entity>} or {@code stg_<entity>}, base models {@code base_...}, intermediate
     * {@code int_<entity>}. Marts are left free: dbt's own guide names them after the entity ({@code customers}).
     * Each applies only where the project uses it somewhere.
     */
    public static NamingConventions defaults() {
        Map<String, List<String>> none = Map.of();
        return new NamingConventions(List.of(
                new ModelNaming(null, null, "base", true, List.of(NameTemplate.template("base_<source>__<entity>", none),
                        NameTemplate.template("base_<entity>", none))),
                new ModelNaming(null, null, "staging", true, List.of(NameTemplate.template("stg_<source>__<entity>", none),
                        NameTemplate.template("stg_<entity>", none))),
                new ModelNaming(null, null, "intermediate", true, List.of(NameTemplate.template("int_<entity>", none)))),
                List.of(), List.of(), List.of());
    }

    /**
     * Which models a naming rule selects: those under a path glob, of a materialization, and/or whose folder puts
     * them in a layer (null = any); and the patterns their names must match. A rule {@code onlyWhereUsed} (the
     * built-in ones) applies only in a project where some model already follows it: a team that never wrote
     * {@code stg_} has a convention of its own, and flagging every model of its staging folder would be noise.
     */
    public record ModelNaming(PathGlob path, String materialized, String layer, boolean onlyWhereUsed,
                              List<NameTemplate> patterns) {
        public ModelNaming {
            patterns = List.copyOf(patterns);
        }

        String selection() {
            List<String> parts = new java.util.ArrayList<>();
            if (path != null) {
                parts.add("under " + path.text());
            }
            if (layer != null) {
                parts.add("in the " + layer + " layer");
            }
            if (materialized != null) {
                parts.add("materialized as " + materialized);
            }
            return String.join(" ", parts);
        }
    }

    /** Property (YAML) files under {@code path} are named after a template; {@code <folder>} is their folder. */
    public record FileNaming(PathGlob path, List<NameTemplate> patterns) {
        public FileNaming {
            patterns = List.copyOf(patterns);
        }
    }
}
