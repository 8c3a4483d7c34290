package dev.modelsense.sql;

import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TimeValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.arithmetic.Addition;
import net.sf.jsqlparser.expression.operators.arithmetic.Concat;
import net.sf.jsqlparser.expression.operators.arithmetic.Division;
import net.sf.jsqlparser.expression.operators.arithmetic.IntegerDivision;
import net.sf.jsqlparser.expression.operators.arithmetic.Modulo;
import net.sf.jsqlparser.expression.operators.arithmetic.Multiplication;
import net.sf.jsqlparser.expression.operators.arithmetic.Subtraction;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.conditional.XorExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsDistinctExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.RegExpMatchOperator;
import net.sf.jsqlparser.expression.operators.relational.SimilarToExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.Select;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The type evidence of one select expression: casts, literals, comparisons, {@code case}, aggregates and the common
 * scalar functions of the supported warehouses. Column references and scalar subqueries are resolved by the caller,
 * which knows the FROM clause; anything unfamiliar is {@link TypeEvidence#UNKNOWN}, never a guess.
 */
final class TypeInference {

    /** Resolves what an expression reads: a column reference or a scalar subquery's single column. */
    interface Resolver {
        TypeEvidence column(Column column);

        TypeEvidence subquery(Select subquery);
    }

    private final SqlDialect dialect;
    private final Resolver resolver;

    private TypeInference(SqlDialect dialect, Resolver resolver) {
        this.dialect = dialect;
        this.resolver = resolver;
    }

    static TypeEvidence of(Expression expression, SqlDialect dialect, Resolver resolver) {
        if (expression == null) {
            return TypeEvidence.UNKNOWN;
        }
        return new TypeInference(dialect, resolver).infer(expression);
    }

    private TypeEvidence infer(Expression expression) {
        if (expression instanceof Column column) {
            return columnOrKeyword(column);
        }
        if (expression instanceof CastExpression cast) {
            return cast(cast);
        }
        if (expression instanceof LongValue literal) {
            return new TypeEvidence.Known(ValueType.INTEGER, "literal " + literal.getStringValue(),
                    literal.getStringValue().equals("0") || literal.getStringValue().equals("1"));
        }
        if (expression instanceof DoubleValue) {
            return new TypeEvidence.Known(dialect.adapterType().equals("bigquery") ? ValueType.FLOAT
                    : ValueType.DECIMAL, "a decimal literal");
        }
        if (expression instanceof StringValue) {
            return new TypeEvidence.Known(ValueType.STRING, "a string literal");
        }
        if (expression instanceof BooleanValue) {
            return new TypeEvidence.Known(ValueType.BOOLEAN, "a boolean literal");
        }
        if (expression instanceof DateValue) {
            return new TypeEvidence.Known(ValueType.DATE, "a date literal");
        }
        if (expression instanceof TimestampValue) {
            return new TypeEvidence.Known(ValueType.TIMESTAMP, "a timestamp literal");
        }
        if (expression instanceof TimeValue) {
            return new TypeEvidence.Known(ValueType.TIME, "a time literal");
        }
        if (expression instanceof DateTimeLiteralExpression literal) {
            return dateTimeLiteral(literal);
        }
        if (expression instanceof TimeKeyExpression key) {
            return timeKey(key.getStringValue());
        }
        if (expression instanceof NullValue) {
            return TypeEvidence.UNKNOWN;
        }
        if (isCondition(expression)) {
            return new TypeEvidence.Known(ValueType.BOOLEAN, "a comparison");
        }
        if (expression instanceof Concat) {
            return new TypeEvidence.Known(ValueType.STRING, "a concatenation (||)");
        }
        if (expression instanceof Addition || expression instanceof Subtraction
                || expression instanceof Multiplication || expression instanceof Division
                || expression instanceof IntegerDivision || expression instanceof Modulo) {
            BinaryExpression binary = (BinaryExpression) expression;
            if (expression instanceof IntegerDivision) {
                return new TypeEvidence.Known(ValueType.INTEGER, "an integer division");
            }
            return new TypeEvidence.Arithmetic(binary.getStringExpression(), infer(binary.getLeftExpression()),
                    infer(binary.getRightExpression()), integerQuotient());
        }
        if (expression instanceof SignedExpression signed) {
            return infer(signed.getExpression());
        }
        if (expression instanceof Parenthesis parenthesis) {
            return infer(parenthesis.getExpression());
        }
        if (expression instanceof ExpressionList<?> list && list.size() == 1) {
            return infer(list.get(0));
        }
        if (expression instanceof CaseExpression caseExpression) {
            return caseType(caseExpression);
        }
        if (expression instanceof ExtractExpression) {
            return new TypeEvidence.Known(dialect.adapterType().equals("postgres") ? ValueType.DECIMAL
                    : ValueType.INTEGER, "extract(...)");
        }
        if (expression instanceof IntervalExpression) {
            return new TypeEvidence.Known(ValueType.OTHER, "an interval");
        }
        if (expression instanceof AnalyticExpression window) {
            return window(window);
        }
        if (expression instanceof Function function) {
            return function(function);
        }
        if (expression instanceof Select select) {
            return resolver.subquery(select);
        }
        return TypeEvidence.UNKNOWN;
    }

    /** DuckDB and BigQuery divide integers into a float; Postgres and Redshift truncate; Snowflake gives a number. */
    private ValueType integerQuotient() {
        if (Set.of("duckdb", "bigquery", "databricks", "spark", "athena").contains(dialect.adapterType())) {
            return ValueType.FLOAT;
        }
        return Set.of("postgres", "redshift", "sqlserver", "trino").contains(dialect.adapterType())
                ? ValueType.INTEGER : ValueType.DECIMAL;
    }

    private TypeEvidence columnOrKeyword(Column column) {
        if (column.getTable() == null || column.getTable().getName() == null) {
            String name = column.getColumnName().toLowerCase(Locale.ROOT);
            switch (name) {
                case "true", "false" -> {
                    return new TypeEvidence.Known(ValueType.BOOLEAN, "a boolean literal");
                }
                case "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
                     "sysdate" -> {
                    return timeKey(name);
                }
                default -> {
                }
            }
        }
        return resolver.column(column);
    }

    private TypeEvidence timeKey(String key) {
        String name = key.toLowerCase(Locale.ROOT).replace("()", "").trim();
        if (name.equals("current_date")) {
            return new TypeEvidence.Known(ValueType.DATE, "current_date");
        }
        if (name.equals("current_time") || name.equals("localtime")) {
            return new TypeEvidence.Known(ValueType.TIME, name);
        }
        return new TypeEvidence.Known(ValueType.TIMESTAMP, name);
    }

    private TypeEvidence cast(CastExpression cast) {
        String typeName = cast.getColDataType() == null ? null : typeName(cast);
        return TypeNames.of(typeName, dialect)
                .<TypeEvidence>map(type -> new TypeEvidence.Known(type, "cast(... as " + typeName + ")"))
                .orElse(TypeEvidence.UNKNOWN);
    }

    private static String typeName(CastExpression cast) {
        String name = cast.getColDataType().getDataType();
        List<String> arguments = cast.getColDataType().getArgumentsStringList();
        if (arguments != null && !arguments.isEmpty()) {
            name += "(" + String.join(",", arguments) + ")";
        }
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*,\\s*", ",")
                .replaceAll("\\s*\\)", ")").trim();
    }

    private TypeEvidence dateTimeLiteral(DateTimeLiteralExpression literal) {
        return switch (literal.getType()) {
            case DATE -> new TypeEvidence.Known(ValueType.DATE, "a date literal");
            case TIME -> new TypeEvidence.Known(ValueType.TIME, "a time literal");
            default -> new TypeEvidence.Known(ValueType.TIMESTAMP, "a timestamp literal");
        };
    }

    private static boolean isCondition(Expression expression) {
        return expression instanceof ComparisonOperator || expression instanceof AndExpression
                || expression instanceof OrExpression || expression instanceof XorExpression
                || expression instanceof NotExpression || expression instanceof InExpression
                || expression instanceof IsNullExpression || expression instanceof IsBooleanExpression
                || expression instanceof IsDistinctExpression || expression instanceof LikeExpression
                || expression instanceof Between || expression instanceof ExistsExpression
                || expression instanceof SimilarToExpression || expression instanceof RegExpMatchOperator;
    }

    /** {@code case when ... then 1 else 0 end} is a 0/1 flag; otherwise the first branch whose type is known. */
    private TypeEvidence caseType(CaseExpression caseExpression) {
        List<Expression> results = new ArrayList<>();
        if (caseExpression.getWhenClauses() != null) {
            caseExpression.getWhenClauses().stream().map(WhenClause::getThenExpression).forEach(results::add);
        }
        if (caseExpression.getElseExpression() != null) {
            results.add(caseExpression.getElseExpression());
        }
        boolean flags = !results.isEmpty() && results.stream().allMatch(TypeInference::zeroOrOne);
        if (flags) {
            return new TypeEvidence.Known(ValueType.INTEGER, "case ... then 1 else 0 end", true);
        }
        List<TypeEvidence> options = results.stream().filter(result -> !(result instanceof NullValue))
                .map(this::infer).toList();
        return new TypeEvidence.FirstKnown(options, "case ... end");
    }

    private static boolean zeroOrOne(Expression expression) {
        return expression instanceof LongValue literal
                && (literal.getValue() == 0 || literal.getValue() == 1);
    }

    private TypeEvidence window(AnalyticExpression window) {
        String name = window.getName() == null ? "" : window.getName().toLowerCase(Locale.ROOT);
        if (FunctionNames.RANKS.contains(name) || FunctionNames.COUNTS.contains(name)) {
            return new TypeEvidence.Known(ValueType.INTEGER, name + "(...) over (...)");
        }
        if (name.equals("percent_rank") || name.equals("cume_dist")) {
            return new TypeEvidence.Known(ValueType.FLOAT, name + "(...) over (...)");
        }
        if (FunctionNames.FOLLOWS_ARGUMENT_AGGREGATES.contains(name) || FunctionNames.AVERAGES.contains(name)) {
            // a windowed aggregate keeps the rows: its type is the aggregate's, but nothing is aggregated away
            TypeEvidence argument = infer(window.getExpression());
            ValueType fixed = FunctionNames.AVERAGES.contains(name) ? averageType() : null;
            return fixed != null ? new TypeEvidence.Known(fixed, name + "(...) over (...)")
                    : new TypeEvidence.FirstKnown(List.of(argument), name + "(...) over (...)");
        }
        return TypeEvidence.UNKNOWN;
    }

    /** Postgres, Snowflake and Redshift average into numeric; DuckDB, BigQuery and Spark into a double. */
    private ValueType averageType() {
        return Set.of("postgres", "snowflake", "redshift", "sqlserver").contains(dialect.adapterType())
                ? ValueType.DECIMAL : ValueType.FLOAT;
    }

    private TypeEvidence function(Function function) {
        String name = function.getName() == null ? "" : function.getName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(dot + 1);
        }
        List<Expression> arguments = arguments(function);
        if (FunctionNames.COUNTS.contains(name)) {
            String what = function.isAllColumns() ? "*" : argumentText(arguments);
            return new TypeEvidence.Aggregate(name, TypeEvidence.UNKNOWN, what, ValueType.INTEGER);
        }
        if (FunctionNames.FOLLOWS_ARGUMENT_AGGREGATES.contains(name) && !arguments.isEmpty()) {
            return new TypeEvidence.Aggregate(name, infer(arguments.get(0)), argumentText(arguments), null);
        }
        if (FunctionNames.AVERAGES.contains(name)) {
            return new TypeEvidence.Aggregate(name, arguments.isEmpty() ? TypeEvidence.UNKNOWN
                    : infer(arguments.get(0)), argumentText(arguments), averageType());
        }
        if (FunctionNames.BOOLEAN_AGGREGATES.contains(name)) {
            return new TypeEvidence.Aggregate(name, TypeEvidence.UNKNOWN, argumentText(arguments), ValueType.BOOLEAN);
        }
        if (FunctionNames.STRING_AGGREGATES.contains(name)) {
            return new TypeEvidence.Aggregate(name, TypeEvidence.UNKNOWN, argumentText(arguments), ValueType.STRING);
        }
        if (name.equals("array_agg") || name.equals("list") || name.equals("collect_list")
                || name.equals("collect_set")) {
            return new TypeEvidence.Aggregate(name, TypeEvidence.UNKNOWN, argumentText(arguments), ValueType.OTHER);
        }
        if (name.equals("try_cast") || name.equals("safe_cast")) {
            return TypeEvidence.UNKNOWN;
        }
        if (FunctionNames.RANKS.contains(name)) {
            return new TypeEvidence.Known(ValueType.INTEGER, name + "()");
        }
        if (FunctionNames.FIRST_ARGUMENT.contains(name) && !arguments.isEmpty()) {
            List<Expression> candidates = name.equals("nullif") || name.equals("round") || name.equals("trunc")
                    || name.equals("truncate") ? arguments.subList(0, 1) : arguments;
            if (name.equals("nvl2") && arguments.size() == 3) {
                candidates = arguments.subList(1, 3);
            }
            return new TypeEvidence.FirstKnown(candidates.stream().filter(a -> !(a instanceof NullValue))
                    .map(this::infer).toList(), name + "(...)");
        }
        if ((name.equals("iff") || name.equals("if") || name.equals("iif")) && arguments.size() == 3) {
            List<Expression> branches = arguments.subList(1, 3);
            if (branches.stream().allMatch(TypeInference::zeroOrOne)) {
                return new TypeEvidence.Known(ValueType.INTEGER, name + "(..., 1, 0)", true);
            }
            return new TypeEvidence.FirstKnown(branches.stream().filter(a -> !(a instanceof NullValue))
                    .map(this::infer).toList(), name + "(...)");
        }
        if (FunctionNames.STRINGS.contains(name)) {
            return new TypeEvidence.Known(ValueType.STRING, name + "(...)");
        }
        if (FunctionNames.INTEGERS.contains(name)) {
            return new TypeEvidence.Known(ValueType.INTEGER, name + "(...)");
        }
        if (name.equals("date_part") || name.equals("datepart")) {
            return new TypeEvidence.Known(dialect.adapterType().equals("postgres") ? ValueType.FLOAT
                    : ValueType.INTEGER, name + "(...)");
        }
        if (FunctionNames.FLOATS.contains(name)) {
            return new TypeEvidence.Known(ValueType.FLOAT, name + "(...)");
        }
        if (FunctionNames.DECIMALS.contains(name)) {
            return new TypeEvidence.Known(ValueType.DECIMAL, name + "(...)");
        }
        if (FunctionNames.DATES.contains(name)) {
            return new TypeEvidence.Known(ValueType.DATE, name + "(...)");
        }
        if (FunctionNames.TIMESTAMPS.contains(name)) {
            return new TypeEvidence.Known(ValueType.TIMESTAMP, name + "(...)");
        }
        if (FunctionNames.BOOLEANS.contains(name)) {
            return new TypeEvidence.Known(ValueType.BOOLEAN, name + "(...)");
        }
        if (FunctionNames.JSONS.contains(name)) {
            return new TypeEvidence.Known(ValueType.JSON, name + "(...)");
        }
        if (FunctionNames.TEMPORAL_SHIFTS.contains(name)) {
            return temporalShift(name, arguments);
        }
        return TypeEvidence.UNKNOWN;
    }

    /**
     * {@code date_trunc} in Postgres and Redshift always returns a timestamp; elsewhere truncations and shifts keep
     * their date or timestamp argument's type, so they are only known when that argument's type is.
     */
    private TypeEvidence temporalShift(String name, List<Expression> arguments) {
        if (name.equals("date_trunc") && Set.of("postgres", "redshift").contains(dialect.adapterType())) {
            return new TypeEvidence.Known(ValueType.TIMESTAMP, "date_trunc(...)");
        }
        if (name.equals("timestamp_trunc") || name.equals("timestamp_add") || name.equals("timestamp_sub")) {
            return new TypeEvidence.Known(ValueType.TIMESTAMP, name + "(...)");
        }
        List<TypeEvidence> temporal = new ArrayList<>();
        for (Expression argument : arguments) {
            if (argument instanceof Column part && part.getTable() == null
                    && FunctionNames.DATE_PARTS.contains(part.getColumnName().toLowerCase(Locale.ROOT))) {
                continue; // Snowflake's dateadd(day, 1, d): the part is a keyword, not a column
            }
            if (!(argument instanceof StringValue) && !(argument instanceof LongValue)
                    && !(argument instanceof IntervalExpression)) {
                temporal.add(infer(argument));
            }
        }
        return new TypeEvidence.FirstKnown(temporal, name + "(...)");
    }

    private static List<Expression> arguments(Function function) {
        ExpressionList<?> parameters = function.getParameters();
        if (parameters == null) {
            return List.of();
        }
        List<Expression> result = new ArrayList<>(parameters.size());
        parameters.forEach(result::add);
        return result;
    }

    private static String argumentText(List<Expression> arguments) {
        if (arguments.isEmpty()) {
            return "";
        }
        Expression first = arguments.get(0);
        if (first instanceof Column column) {
            return Identifier.parse(column.getColumnName()).name();
        }
        String text = first.toString().replaceAll("\\s+", " ");
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
