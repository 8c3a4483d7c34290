package dev.modelsense.sql;

import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The upstream columns one expression reads, and whether it aggregates them. Column references and scalar subqueries
 * are resolved by the caller, which knows the FROM clause and the CTEs in scope.
 */
final class ExpressionLineage extends ExpressionVisitorAdapter<Void> {

    /** Resolves what the expression reads; column references and subqueries come back as their origins. */
    interface Resolver {
        List<ColumnOrigin> column(Column column);

        List<ColumnOrigin> subquery(Select subquery);
    }

    /** Aggregate functions across the supported warehouses; a window ({@code OVER}) keeps rows, so it transforms. */
    private static final Set<String> AGGREGATES = Set.of("sum", "count", "min", "max", "avg", "mean", "array_agg",
            "string_agg", "listagg", "group_concat", "median", "mode", "stddev", "stddev_samp", "stddev_pop",
            "variance", "var_samp", "var_pop", "bool_and", "bool_or", "every", "any_value", "approx_count_distinct",
            "count_if", "countif", "approx_quantile", "percentile_cont", "percentile_disc", "arbitrary", "bit_and",
            "bit_or", "bit_xor", "object_agg", "array_union_agg", "logical_and", "logical_or", "max_by", "min_by",
            "arg_max", "arg_min", "argmax", "argmin", "corr", "covar_pop", "covar_samp", "quantile", "uniq",
            "uniqexact", "grouparray", "collect_list", "collect_set", "approx_distinct", "hll", "sumif",
            "list", "histogram", "product", "fsum", "favg", "kurtosis", "skewness", "entropy", "approx_top_k",
            "booland_agg", "boolor_agg", "array_concat_agg", "xmlagg", "json_agg", "jsonb_agg", "json_object_agg");

    private final Resolver resolver;
    private final List<ColumnOrigin> found = new ArrayList<>();
    private boolean aggregates;

    private ExpressionLineage(Resolver resolver) {
        this.resolver = resolver;
    }

    /** The origins of an expression's value: a bare column keeps its derivation, anything else transforms or
     *  aggregates it. */
    static List<ColumnOrigin> of(Expression expression, Resolver resolver) {
        if (expression == null) {
            return List.of();
        }
        ExpressionLineage lineage = new ExpressionLineage(resolver);
        expression.accept(lineage, null);
        if (expression instanceof Column) {
            return Origins.merge(lineage.found);
        }
        return Origins.through(lineage.found, lineage.aggregates ? LineageKind.AGGREGATED : LineageKind.TRANSFORMED);
    }

    @Override
    public <S> Void visit(Column column, S context) {
        found.addAll(resolver.column(column));
        return null;
    }

    @Override
    public <S> Void visit(Function function, S context) {
        if (function.getName() != null && AGGREGATES.contains(function.getName().toLowerCase(Locale.ROOT))) {
            aggregates = true;
        }
        return super.visit(function, context);
    }

    @Override
    public <S> Void visit(AnalyticExpression window, S context) {
        // The adapter does not descend into the window clause, whose columns the value also depends on.
        visitIfPresent(window.getExpression(), context);
        visitIfPresent(window.getOffset(), context);
        visitIfPresent(window.getDefaultValue(), context);
        visitIfPresent(window.getFilterExpression(), context);
        if (window.getPartitionExpressionList() != null) {
            window.getPartitionExpressionList().forEach(expression -> visitIfPresent(expression, context));
        }
        if (window.getOrderByElements() != null) {
            window.getOrderByElements().forEach(element -> visitIfPresent(element.getExpression(), context));
        }
        return null;
    }

    private <S> void visitIfPresent(Expression expression, S context) {
        if (expression != null) {
            expression.accept(this, context);
        }
    }

    @Override
    public <S> Void visit(ParenthesedSelect subquery, S context) {
        found.addAll(resolver.subquery(subquery));
        return null;
    }

    /** JSqlParser hands a scalar subquery to this overload, not the one above. */
    @Override
    public <S> Void visit(Select select, S context) {
        found.addAll(resolver.subquery(select));
        return null;
    }
}
