package dev.modelsense.sql;

import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.TableFunction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The relations of one FROM clause, expanded for {@code *} and {@code alias.*}. Relations are resolved only when a
 * star asks for them, so an unknown upstream does not matter to a query that names its columns.
 */
final class FromClause {

    private final FromItem first;
    private final List<Join> joins;
    private final Scope scope;
    private final OutputColumnResolver relations;
    /** The FROM clause of the query a scalar subquery sits in, whose columns a correlated reference reads. */
    private final FromClause outer;

    FromClause(FromItem first, List<Join> joins, Scope scope, OutputColumnResolver relations, FromClause outer) {
        this.first = first;
        this.joins = joins == null ? List.of() : joins;
        this.scope = scope;
        this.relations = relations;
        this.outer = outer;
    }

    /** {@code *}: every relation in order; the columns of {@code USING (..)} and natural joins appear once, first,
     *  as the SQL standard (and Postgres, Snowflake, BigQuery, DuckDB) lay them out. */
    List<OutputColumn> all() {
        if (first == null) {
            throw new Unresolvable("'*' is used without a FROM clause");
        }
        List<OutputColumn> result = relations.relationColumns(first, scope);
        for (Join join : joins) {
            List<OutputColumn> right = relations.relationColumns(join.getFromItem(), scope);
            if (join.isSemi()) {
                continue;
            }
            Set<String> shared = sharedKeys(join, result, right);
            result = shared.isEmpty() ? concat(result, right) : coalesce(shared, result, right);
        }
        return result;
    }

    /** {@code qualifier.*}: the one relation whose alias (or, without an alias, table name) is the qualifier. */
    List<OutputColumn> qualified(Table qualifier) {
        String key = Identifier.parse(qualifier.getName()).key();
        List<FromItem> items = new ArrayList<>();
        if (first != null) {
            items.add(first);
        }
        joins.forEach(join -> items.add(join.getFromItem()));
        for (FromItem item : items) {
            if (key.equals(nameOf(item))) {
                return relations.relationColumns(item, scope);
            }
        }
        throw new Unresolvable("'" + qualifier.getName() + ".*' names no relation of its FROM clause");
    }

    /** Unqualified names that are values, not columns, in every warehouse. */
    private static final Set<String> NOT_COLUMNS = Set.of("current_date", "current_time", "current_timestamp",
            "localtime", "localtimestamp", "sysdate", "true", "false", "null", "current_user", "session_user");

    /**
     * The origins of a column reference: the relation its qualifier names or, unqualified, the one relation that has
     * it. A table whose columns are unknown still takes a reference when nothing else can, so lineage survives an
     * undocumented source. Empty when the reference cannot be told (ambiguous, a struct field, a keyword).
     */
    List<ColumnOrigin> originsOf(Column column, List<OutputColumn> earlier) {
        return reference(column, earlier, true).origins();
    }

    /** The type evidence of a column reference, resolved as {@link #originsOf} resolves it (without recording a
     *  use: the origins pass has). */
    TypeEvidence typeOf(Column column, List<OutputColumn> earlier) {
        return reference(column, earlier, false).type();
    }

    /** What a column reference reads: the upstream columns it derives from and what they say about its type. */
    private record Reference(List<ColumnOrigin> origins, TypeEvidence type) {
        static final Reference NONE = new Reference(List.of(), TypeEvidence.UNKNOWN);

        static Reference of(OutputColumn column) {
            return new Reference(column.origins(), column.type());
        }
    }

    private Reference reference(Column column, List<OutputColumn> earlier, boolean recordUse) {
        String key = Identifier.parse(column.getColumnName()).key();
        Table qualifier = column.getTable();
        if (qualifier != null && qualifier.getName() != null) {
            String relation = Identifier.parse(qualifier.getName()).key();
            Optional<FromItem> named = items().stream().filter(item -> relation.equals(nameOf(item))).findFirst();
            if (named.isEmpty() && outer != null) {
                return outer.reference(column, List.of(), recordUse);
            }
            return named.map(item -> referenceIn(item, column, key, recordUse)).orElse(Reference.NONE);
        }
        if (NOT_COLUMNS.contains(key)) {
            return Reference.NONE;
        }
        FromItem base = null;
        int bases = 0;
        int unknownOthers = 0;
        for (FromItem item : items()) {
            Optional<List<OutputColumn>> columns = relations.knownColumns(item, scope);
            if (columns.isPresent() && columns.get().stream().anyMatch(c -> key.equals(key(c)))) {
                return referenceIn(item, column, key, recordUse);
            }
            if (relations.baseRelation(item, scope).isPresent()) {
                base = item;
                bases++;
            } else if (columns.isEmpty()) {
                unknownOthers++;
            }
        }
        for (OutputColumn previous : earlier) {
            if (key.equals(key(previous))) {
                return Reference.of(previous);
            }
        }
        Optional<Reference> correlated = outer == null ? Optional.empty() : outer.known(column, key, recordUse);
        if (correlated.isPresent()) {
            return correlated.get();
        }
        // The one table that can hold it: lineage survives an undocumented source, and a column the upstream does
        // not produce is still recorded as a use, so its removal can be reported here.
        return bases == 1 && unknownOthers == 0 ? referenceIn(base, column, key, recordUse) : Reference.NONE;
    }

    /** A reference some relation here (or further out) is known to produce, resolved there. */
    private Optional<Reference> known(Column column, String key, boolean recordUse) {
        for (FromItem item : items()) {
            Optional<List<OutputColumn>> columns = relations.knownColumns(item, scope);
            if (columns.isPresent() && columns.get().stream().anyMatch(c -> key.equals(key(c)))) {
                return Optional.of(referenceIn(item, column, key, recordUse));
            }
        }
        return outer == null ? Optional.empty() : outer.known(column, key, recordUse);
    }

    /** The origins of a {@code USING} column: the same name in every relation that has it. */
    List<ColumnOrigin> inEveryRelation(Column column) {
        String key = Identifier.parse(column.getColumnName()).key();
        List<ColumnOrigin> origins = new ArrayList<>();
        for (FromItem item : items()) {
            boolean has = relations.knownColumns(item, scope)
                    .map(columns -> columns.stream().anyMatch(c -> key.equals(key(c))))
                    .orElse(relations.baseRelation(item, scope).isPresent());
            if (has) {
                origins.addAll(referenceIn(item, column, key, true).origins());
            }
        }
        return origins;
    }

    private Reference referenceIn(FromItem item, Column column, String key, boolean recordUse) {
        if (item instanceof TableFunction function && function.getFunction() != null) {
            if (!recordUse) {
                return Reference.NONE; // what a table function yields has no type we can tell
            }
            // `lateral flatten(input => e.tags) f`, `unnest(o.items) u(item)`: every column the function produces
            // is made from the columns it is given.
            return new Reference(Origins.through(ExpressionLineage.of(function.getFunction(), new ExpressionLineage.Resolver() {
                @Override
                public List<ColumnOrigin> column(Column argument) {
                    return originsOf(argument, List.of());
                }

                @Override
                public List<ColumnOrigin> subquery(net.sf.jsqlparser.statement.select.Select subquery) {
                    return List.of();
                }
            }), LineageKind.TRANSFORMED), TypeEvidence.UNKNOWN);
        }
        Optional<String> base = relations.baseRelation(item, scope);
        if (base.isPresent()) {
            return passed(base.get(), column, recordUse);
        }
        Optional<List<OutputColumn>> columns = relations.knownColumns(item, scope);
        Optional<OutputColumn> found = columns.flatMap(known -> known.stream().filter(c -> key.equals(key(c)))
                .findFirst());
        if (found.isEmpty() && columns.isPresent()) {
            // `with orders as (select * from upstream)`: a column the upstream's known columns lack is still read
            // from the upstream (whose YAML may be incomplete), and is a use of it should it really be gone.
            Optional<String> relation = relations.starSource(item, scope);
            if (relation.isPresent()) {
                return passed(relation.get(), column, recordUse);
            }
        }
        return found.map(Reference::of).orElse(Reference.NONE);
    }

    private Reference passed(String relation, Column column, boolean recordUse) {
        if (recordUse) {
            relations.recordUse(relation, column);
        }
        String name = Identifier.parse(column.getColumnName()).name();
        return new Reference(List.of(new ColumnOrigin(relation, name, LineageKind.PASSED)),
                new TypeEvidence.Upstream(relation, name));
    }

    private List<FromItem> items() {
        List<FromItem> items = new ArrayList<>();
        if (first != null) {
            items.add(first);
        }
        joins.forEach(join -> items.add(join.getFromItem()));
        return items;
    }

    private static String nameOf(FromItem item) {
        if (item.getAlias() != null) {
            return Identifier.parse(item.getAlias().getName()).key();
        }
        if (item instanceof Table table) {
            return Identifier.parse(table.getName()).key();
        }
        return null;
    }

    private static Set<String> sharedKeys(Join join, List<OutputColumn> left, List<OutputColumn> right) {
        Set<String> keys = new LinkedHashSet<>();
        if (join.getUsingColumns() != null) {
            for (Column column : join.getUsingColumns()) {
                keys.add(Identifier.parse(column.getColumnName()).key());
            }
        } else if (join.isNatural()) {
            Set<String> rightKeys = new LinkedHashSet<>();
            right.forEach(column -> rightKeys.add(key(column)));
            left.stream().map(FromClause::key).filter(rightKeys::contains).forEach(keys::add);
        }
        return keys;
    }

    private static List<OutputColumn> coalesce(Set<String> shared, List<OutputColumn> left, List<OutputColumn> right) {
        List<OutputColumn> result = new ArrayList<>();
        for (String key : shared) {
            left.stream().filter(column -> key.equals(key(column))).findFirst()
                    .or(() -> right.stream().filter(column -> key.equals(key(column))).findFirst())
                    .ifPresent(result::add);
        }
        left.stream().filter(column -> !shared.contains(key(column))).forEach(result::add);
        right.stream().filter(column -> !shared.contains(key(column))).forEach(result::add);
        return result;
    }

    private static List<OutputColumn> concat(List<OutputColumn> left, List<OutputColumn> right) {
        List<OutputColumn> result = new ArrayList<>(left);
        result.addAll(right);
        return result;
    }

    /** The matching key of a column; {@code null} for a column without a name, which matches nothing. */
    static String key(OutputColumn column) {
        return column.name() == null ? null : new Identifier(column.name(), column.quoted()).key();
    }
}
