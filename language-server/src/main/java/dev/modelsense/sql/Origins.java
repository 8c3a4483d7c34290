package dev.modelsense.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sets of column origins: merged without duplicates, each upstream column keeping its strongest derivation. */
final class Origins {

    private Origins() {
    }

    static List<ColumnOrigin> merge(Collection<ColumnOrigin> origins) {
        if (origins.size() <= 1) {
            return List.copyOf(origins);
        }
        Map<String, ColumnOrigin> byColumn = new LinkedHashMap<>();
        for (ColumnOrigin origin : origins) {
            byColumn.merge(origin.key(), origin, (a, b) -> a.as(a.kind().then(b.kind())));
        }
        return List.copyOf(byColumn.values());
    }

    /** The origins of a column derived from others by a step of {@code kind}. */
    static List<ColumnOrigin> through(Collection<ColumnOrigin> origins, LineageKind kind) {
        List<ColumnOrigin> result = new ArrayList<>(origins.size());
        origins.forEach(origin -> result.add(origin.as(origin.kind().then(kind))));
        return merge(result);
    }

    /** Condition origins: every column that decides which rows appear, whatever it derived from. */
    static List<ColumnOrigin> as(Collection<ColumnOrigin> origins, LineageKind kind) {
        List<ColumnOrigin> result = new ArrayList<>(origins.size());
        origins.forEach(origin -> result.add(origin.as(kind)));
        return result;
    }
}
