package dev.modelsense.sql;

import net.sf.jsqlparser.statement.select.WithItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The common table expressions visible at one point of a query; an inner WITH shadows an outer one. */
record Scope(Scope parent, Map<String, WithItem<?>> ctes) {

    static final Scope EMPTY = new Scope(null, Map.of());

    Scope with(List<WithItem<?>> items) {
        if (items == null || items.isEmpty()) {
            return this;
        }
        Map<String, WithItem<?>> named = new HashMap<>();
        for (WithItem<?> item : items) {
            if (item.getAlias() != null) {
                named.put(Identifier.parse(item.getAlias().getName()).key(), item);
            }
        }
        return new Scope(this, Map.copyOf(named));
    }

    /** A CTE and the scope it was defined in, which also holds its siblings. */
    record Cte(WithItem<?> item, Scope scope) {
    }

    Optional<Cte> cte(String key) {
        for (Scope scope = this; scope != null; scope = scope.parent) {
            WithItem<?> found = scope.ctes.get(key);
            if (found != null) {
                return Optional.of(new Cte(found, scope));
            }
        }
        return Optional.empty();
    }
}
