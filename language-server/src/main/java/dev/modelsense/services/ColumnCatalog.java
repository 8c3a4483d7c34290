package dev.modelsense.services;

import dev.modelsense.compile.ProjectSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which columns a model/source/seed has: YAML columns, seed CSV headers, and (pluggable) SQL output columns. */
public interface ColumnCatalog {

    /** The columns of a node or source by unique id; empty when unknown. Never throws. */
    List<ColumnInfo> columnsOf(ProjectSnapshot snapshot, String uniqueId);

    /** Columns declared in property YAML, plus seed CSV headers. */
    static ColumnCatalog declared() {
        return DeclaredColumns.INSTANCE;
    }

    /**
     * Several catalogs as one: columns in the order first seen, matched case-insensitively (warehouses fold
     * unquoted names); an earlier catalog's description, type and origin win, later ones fill what is missing.
     */
    static ColumnCatalog merged(List<ColumnCatalog> catalogs) {
        List<ColumnCatalog> copy = List.copyOf(catalogs);
        return (snapshot, uniqueId) -> {
            Map<String, ColumnInfo> byName = new LinkedHashMap<>();
            for (ColumnCatalog catalog : copy) {
                List<ColumnInfo> found;
                try {
                    found = catalog.columnsOf(snapshot, uniqueId);
                } catch (RuntimeException e) {
                    continue; // one failing source of columns must not hide the others
                }
                for (ColumnInfo column : found) {
                    byName.merge(column.name().toLowerCase(Locale.ROOT), column, ColumnCatalog::fill);
                }
            }
            return new ArrayList<>(byName.values());
        };
    }

    private static ColumnInfo fill(ColumnInfo first, ColumnInfo later) {
        return new ColumnInfo(first.name(),
                first.description() != null && !first.description().isBlank() ? first.description() : later.description(),
                first.dataType() != null ? first.dataType() : later.dataType(),
                first.origin() != null ? first.origin() : later.origin());
    }
}
