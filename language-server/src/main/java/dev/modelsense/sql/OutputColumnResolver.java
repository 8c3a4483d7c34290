package dev.modelsense.sql;

import dev.modelsense.text.LineIndex;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns the top-level SELECT produces: aliases and column names as written, stars expanded through the CTEs and
 * subqueries of the statement and through {@link UpstreamColumns} for the relations it reads. A set operation is
 * named by its first branch, as every warehouse names it.
 */
final class OutputColumnResolver {

    private final String sql;
    private final SqlDialect dialect;
    private final LineIndex lines;
    private final SqlText text;
    private final UpstreamColumns upstream;
    /** CTEs being expanded, to stop at a recursive CTE that refers to itself. */
    private final Set<WithItem<?>> expanding = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Columns of each FROM item and CTE, computed once: lineage looks them up for every column reference.
     *  A value is either a {@code List<OutputColumn>} or the {@link Unresolvable} it failed with. */
    private final Map<Object, Object> resolved = new IdentityHashMap<>();
    private final Conditions conditions = new Conditions();
    /** FROM clauses of the queries enclosing the scalar subquery being resolved, innermost first. */
    private final java.util.ArrayDeque<FromClause> enclosing = new java.util.ArrayDeque<>();
    private final List<ColumnUse> uses = new ArrayList<>();

    OutputColumnResolver(String sql, SqlDialect dialect, UpstreamColumns upstream) {
        this.sql = sql;
        this.dialect = dialect;
        this.lines = LineIndex.of(sql);
        this.text = new SqlText(sql, lines);
        this.upstream = upstream;
    }

    Columns resolve(Statement statement) {
        if (!(statement instanceof Select select)) {
            return new Columns.Unknown("the statement is not a SELECT");
        }
        try {
            List<OutputColumn> columns = columnsOf(select, Scope.EMPTY);
            for (OutputColumn column : columns) {
                if (column.name() == null) {
                    return new Columns.Unknown(unnamed(column));
                }
            }
            return new Columns.Known(columns.stream().map(OutputColumnResolver::renamedOrigins).toList());
        } catch (Unresolvable e) {
            return new Columns.Unknown(e.getMessage());
        }
    }

    /** The upstream columns that filter or join the rows of the statement, known after {@link #resolve}. */
    List<ColumnOrigin> conditions() {
        return conditions.origins();
    }

    /** Direct references to upstream relation columns, known after {@link #resolve}. */
    List<ColumnUse> uses() {
        return List.copyOf(uses);
    }

    /** A column passed through under another name is renamed; only the final name tells. */
    private static OutputColumn renamedOrigins(OutputColumn column) {
        String key = column.name().toLowerCase(Locale.ROOT);
        return column.withOrigins(column.origins().stream()
                .map(origin -> origin.kind() == LineageKind.PASSED && !origin.column().toLowerCase(Locale.ROOT).equals(key)
                        ? origin.as(LineageKind.RENAMED) : origin)
                .toList());
    }

    private List<OutputColumn> columnsOf(Select select, Scope outer) {
        Scope scope = outer.with(select.getWithItemsList());
        if (select instanceof PlainSelect plain) {
            return plainColumns(plain, scope);
        }
        if (select instanceof SetOperationList operation) {
            return unionColumns(operation, scope);
        }
        if (select instanceof ParenthesedSelect parenthesed) {
            return columnsOf(parenthesed.getSelect(), scope);
        }
        throw new Unresolvable("a " + select.getClass().getSimpleName().toUpperCase() + " clause names no columns");
    }

    /** Named by the first branch; each column derives from the same position of every branch that can be told. */
    private List<OutputColumn> unionColumns(SetOperationList operation, Scope scope) {
        List<OutputColumn> first = columnsOf(operation.getSelects().get(0), scope);
        List<List<ColumnOrigin>> origins = new ArrayList<>();
        first.forEach(column -> origins.add(new ArrayList<>(column.origins())));
        List<List<TypeEvidence>> types = new ArrayList<>();
        first.forEach(column -> types.add(new ArrayList<>(List.of(column.type()))));
        for (Select branch : operation.getSelects().subList(1, operation.getSelects().size())) {
            try {
                List<OutputColumn> columns = columnsOf(branch, scope);
                for (int i = 0; i < Math.min(columns.size(), origins.size()); i++) {
                    origins.get(i).addAll(columns.get(i).origins());
                    types.get(i).add(columns.get(i).type());
                }
            } catch (Unresolvable e) {
                // The first branch names the columns; a branch we cannot see into only hides some origins.
            }
        }
        List<OutputColumn> result = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            List<TypeEvidence> branchTypes = types.get(i);
            TypeEvidence type = branchTypes.size() == 1 ? branchTypes.get(0)
                    : new TypeEvidence.FirstKnown(branchTypes, "union");
            result.add(first.get(i).withOrigins(Origins.merge(origins.get(i))).withType(type));
        }
        return result;
    }

    private List<OutputColumn> plainColumns(PlainSelect plain, Scope scope) {
        if (plain.getBigQuerySelectQualifier() != null) {
            throw new Unresolvable("SELECT AS STRUCT / AS VALUE produces a single unnamed column");
        }
        FromClause from = new FromClause(plain.getFromItem(), plain.getJoins(), scope, this, enclosing.peek());
        List<OutputColumn> columns = new ArrayList<>();
        for (SelectItem<?> item : plain.getSelectItems()) {
            SqlText.Span span = text.span(item);
            Expression expression = item.getExpression();
            if (expression instanceof AllTableColumns star) {
                columns.addAll(at(span, without(from.qualified(star.getTable()), star)));
            } else if (expression instanceof AllColumns star) {
                if (plain.getLateralViews() != null && !plain.getLateralViews().isEmpty()) {
                    throw new Unresolvable("'*' over a LATERAL VIEW depends on the generator's columns");
                }
                columns.addAll(at(span, without(from.all(), star)));
            } else {
                List<ColumnOrigin> origins = ExpressionLineage.of(expression, resolverFor(from, scope, columns));
                TypeEvidence type = TypeInference.of(expression, dialect, typeResolverFor(from, scope, columns));
                if (item.getAlias() != null) {
                    columns.add(named(item.getAlias().getName(), span).withOrigins(origins).withType(type));
                } else if (expression instanceof Column column) {
                    columns.add(named(column.getColumnName(), span).withOrigins(origins).withType(type));
                } else {
                    // Named later by a column list (`with t(a, b) as ...`) or not needed at all (a later union
                    // branch); only an unnamed column that reaches the output makes the columns unknown.
                    columns.add(new OutputColumn(null, false, span.offset(), span.length(), origins, type));
                }
            }
        }
        conditions.collect(plain, from, resolverFor(from, scope, columns));
        return columns;
    }

    /** Types the references of one select list, resolved as {@link #resolverFor} resolves their origins. */
    private TypeInference.Resolver typeResolverFor(FromClause from, Scope scope, List<OutputColumn> earlier) {
        return new TypeInference.Resolver() {
            @Override
            public TypeEvidence column(Column column) {
                return from.typeOf(column, earlier);
            }

            @Override
            public TypeEvidence subquery(Select subquery) {
                enclosing.push(from);
                try {
                    List<OutputColumn> columns = columnsOf(subquery, scope);
                    return columns.size() == 1 ? columns.get(0).type() : TypeEvidence.UNKNOWN;
                } catch (Unresolvable e) {
                    return TypeEvidence.UNKNOWN;
                } finally {
                    enclosing.pop();
                }
            }
        };
    }

    /** Resolves the references of one select list: FROM relations first, then an alias defined earlier in the same
     *  list (a lateral column alias, as Snowflake, DuckDB, BigQuery and Redshift allow). */
    private ExpressionLineage.Resolver resolverFor(FromClause from, Scope scope, List<OutputColumn> earlier) {
        return new ExpressionLineage.Resolver() {
            @Override
            public List<ColumnOrigin> column(Column column) {
                return from.originsOf(column, earlier);
            }

            @Override
            public List<ColumnOrigin> subquery(Select subquery) {
                enclosing.push(from);
                try {
                    List<ColumnOrigin> origins = new ArrayList<>();
                    columnsOf(subquery, scope).forEach(column -> origins.addAll(column.origins()));
                    return origins;
                } catch (Unresolvable e) {
                    return List.of();
                } finally {
                    enclosing.pop();
                }
            }
        };
    }

    /** Columns of a relation in a FROM clause, renamed by an alias column list such as {@code t(a, b)}. */
    @SuppressWarnings("unchecked")
    List<OutputColumn> relationColumns(FromItem item, Scope scope) {
        Object known = resolved.get(item);
        if (known == null) {
            known = uncorrelated(() -> computeRelationColumns(item, scope));
            resolved.put(item, known);
        }
        if (known instanceof Unresolvable e) {
            throw e;
        }
        return (List<OutputColumn>) known;
    }

    /** Runs a column computation outside any enclosing query (a FROM item or CTE cannot see one); returns its
     *  columns or the {@link Unresolvable} it failed with. */
    private Object uncorrelated(java.util.function.Supplier<List<OutputColumn>> computation) {
        List<FromClause> saved = List.copyOf(enclosing);
        enclosing.clear();
        try {
            return computation.get();
        } catch (Unresolvable e) {
            return e;
        } finally {
            enclosing.clear();
            enclosing.addAll(saved);
        }
    }

    /** The columns of a FROM item, or empty when they cannot be known. */
    Optional<List<OutputColumn>> knownColumns(FromItem item, Scope scope) {
        try {
            return Optional.of(relationColumns(item, scope));
        } catch (Unresolvable e) {
            return Optional.empty();
        }
    }

    /** The relation a FROM item reads as written, when it is a table rather than a CTE or a subquery. */
    Optional<String> baseRelation(FromItem item, Scope scope) {
        if (item instanceof Table table && (table.getNameParts().size() > 1
                || scope.cte(Identifier.parse(table.getName()).key()).isEmpty())) {
            return Optional.of(text.relationName(table).orElse(table.getFullyQualifiedName()));
        }
        return Optional.empty();
    }

    /** The relation a FROM item passes through unchanged: a CTE or subquery that is {@code select * from t}. */
    Optional<String> starSource(FromItem item, Scope scope) {
        Optional<String> base = baseRelation(item, scope);
        if (base.isPresent()) {
            return base;
        }
        Select select = null;
        Scope inner = scope;
        if (item instanceof Table table) {
            Optional<Scope.Cte> cte = scope.cte(Identifier.parse(table.getName()).key());
            if (cte.isPresent()) {
                select = cte.get().item().getSelect();
                inner = cte.get().scope();
            }
        } else if (item instanceof ParenthesedSelect subquery) {
            select = subquery.getSelect();
        }
        while (select instanceof ParenthesedSelect parenthesed) {
            select = parenthesed.getSelect();
        }
        if (select instanceof PlainSelect plain && plain.getSelectItems().size() == 1
                && plain.getSelectItems().get(0).getExpression() instanceof AllColumns star
                && !(star instanceof AllTableColumns) && (plain.getJoins() == null || plain.getJoins().isEmpty())
                && plain.getFromItem() != null && plain.getFromItem() != item) {
            return starSource(plain.getFromItem(), inner.with(plain.getWithItemsList()));
        }
        return Optional.empty();
    }

    /** Records a reference to an upstream column, where the reference is written. */
    void recordUse(String relation, Column column) {
        SqlText.Span span = text.span(column);
        uses.add(new ColumnUse(relation, Identifier.parse(column.getColumnName()).name(), span.offset(), span.length()));
    }

    private List<OutputColumn> computeRelationColumns(FromItem item, Scope scope) {
        if (item.getPivot() != null || item.getUnPivot() != null) {
            throw new Unresolvable("the columns of a PIVOT or UNPIVOT depend on its values");
        }
        Alias alias = item.getAlias();
        if (alias != null && alias.getAliasColumns() != null && !alias.getAliasColumns().isEmpty()) {
            List<String> names = alias.getAliasColumns().stream().map(column -> column.name).toList();
            List<OutputColumn> underlying;
            try {
                underlying = unaliased(item, scope);
            } catch (Unresolvable e) {
                // A table function or VALUES list is named completely by its alias list.
                return names.stream().map(name -> named(name, SqlText.Span.NONE)).toList();
            }
            return renamed(underlying, names, alias.getName());
        }
        return unaliased(item, scope);
    }

    private List<OutputColumn> unaliased(FromItem item, Scope scope) {
        if (item instanceof Table table) {
            return tableColumns(table, scope);
        }
        if (item instanceof ParenthesedSelect subquery) {
            return columnsOf(subquery, scope);
        }
        if (item instanceof ParenthesedFromItem nested) {
            return new FromClause(nested.getFromItem(), nested.getJoins(), scope, this, null).all();
        }
        if (item instanceof TableFunction function) {
            throw new Unresolvable("the columns of table function " + function.getFunction().getName()
                    + " are not known");
        }
        throw new Unresolvable("the columns of '" + abbreviate(item.toString()) + "' are not known");
    }

    private List<OutputColumn> tableColumns(Table table, Scope scope) {
        if (table.getNameParts().size() == 1) {
            var cte = scope.cte(Identifier.parse(table.getName()).key());
            if (cte.isPresent()) {
                return cteColumns(cte.get());
            }
        }
        String relation = text.relationName(table).orElse(table.getFullyQualifiedName());
        List<String> known = upstream.columnsOf(relation)
                .orElseThrow(() -> new Unresolvable("the columns of " + relation + " are not known"));
        return known.stream().map(name -> new OutputColumn(name, false, 0, 0,
                List.of(new ColumnOrigin(relation, name, LineageKind.PASSED)),
                new TypeEvidence.Upstream(relation, name))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<OutputColumn> cteColumns(Scope.Cte cte) {
        Object known = resolved.get(cte.item());
        if (known == null) {
            known = uncorrelated(() -> computeCteColumns(cte));
            resolved.put(cte.item(), known);
        }
        if (known instanceof Unresolvable e) {
            throw e;
        }
        return (List<OutputColumn>) known;
    }

    private List<OutputColumn> computeCteColumns(Scope.Cte cte) {
        WithItem<?> item = cte.item();
        if (item.getSelect() == null) {
            throw new Unresolvable("CTE " + item.getAliasName() + " is not a SELECT");
        }
        if (!expanding.add(item)) {
            throw new Unresolvable("CTE " + item.getAliasName() + " refers to itself before naming its columns");
        }
        try {
            List<OutputColumn> columns = columnsOf(item.getSelect(), cte.scope());
            if (item.getWithItemList() != null && !item.getWithItemList().isEmpty()) {
                List<String> names = item.getWithItemList().stream().map(Object::toString).toList();
                return renamed(columns, names, item.getAliasName());
            }
            return columns;
        } finally {
            expanding.remove(item);
        }
    }

    /** A column list renames the first columns in order and leaves the rest as they are, as Postgres does. */
    private static List<OutputColumn> renamed(List<OutputColumn> columns, List<String> names, String relation) {
        if (names.size() > columns.size()) {
            throw new Unresolvable(relation + " names " + names.size() + " columns but produces " + columns.size());
        }
        List<OutputColumn> result = new ArrayList<>(columns);
        for (int i = 0; i < names.size(); i++) {
            Identifier name = Identifier.parse(names.get(i).trim());
            OutputColumn column = columns.get(i);
            result.set(i, new OutputColumn(name.name(), name.quoted(), column.offset(), column.length(),
                    column.origins(), column.type()));
        }
        return result;
    }

    /** Applies {@code * exclude (..)} / {@code * except (..)}; names match ignoring case and quotes. */
    private static List<OutputColumn> without(List<OutputColumn> columns, AllColumns star) {
        if (star.getExceptColumns() == null || star.getExceptColumns().isEmpty()) {
            return columns;
        }
        Set<String> excluded = star.getExceptColumns().stream()
                .map(column -> Identifier.parse(column.getColumnName()).key())
                .collect(Collectors.toSet());
        return columns.stream().filter(column -> !excluded.contains(FromClause.key(column))).toList();
    }

    private static List<OutputColumn> at(SqlText.Span span, List<OutputColumn> columns) {
        return columns.stream()
                .map(column -> new OutputColumn(column.name(), column.quoted(), span.offset(), span.length(),
                        column.origins(), column.type()))
                .toList();
    }

    private static OutputColumn named(String written, SqlText.Span span) {
        Identifier name = Identifier.parse(written);
        return new OutputColumn(name.name(), name.quoted(), span.offset(), span.length());
    }

    private String unnamed(OutputColumn column) {
        String item = sql.substring(column.offset(), column.offset() + column.length());
        return "the select item '" + abbreviate(item) + "' on line " + (lines.lineOf(column.offset()) + 1)
                + " has no alias, so its column name depends on the warehouse";
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
