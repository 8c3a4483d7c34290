package dev.modelsense.conventions;

import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.Problem;
import dev.modelsense.project.ColumnProperties;
import dev.modelsense.project.Location;
import dev.modelsense.project.Severity;
import dev.modelsense.sql.ValueType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * dbt model contracts ({@code contract: {enforced: true}}) checked before the warehouse does: dbt's
 * {@code assert_columns_equivalent} compares the query's columns with the YAML columns by name (as the warehouse
 * reports them: unquoted names fold to one case on both sides) and formatted data type, and fails on a missing, extra
 * or mistyped column. Order never fails it: tables and incremental models are built through
 * {@code get_select_subquery}, which selects the YAML order; only a view keeps the query's own order, so order is
 * reported for views alone. Types are compared as broad families (numeric widths are left to dbt) and only where
 * the SQL's type is known.
 */
final class ModelContractRule implements NodeRule {

    static final String MISSING = Codes.CONTRACT_MISSING;
    static final String EXTRA = Codes.CONTRACT_EXTRA;
    static final String ORDER = Codes.CONTRACT_ORDER;
    static final String TYPE = Codes.CONTRACT_TYPE;

    @Override
    public List<Finding> check(NodeContext context) {
        ParsedNode node = context.node();
        if (!node.contractEnforced()) {
            return List.of();
        }
        List<ColumnProperties> declared = ModelColumns.declared(node);
        List<Finding> findings = new ArrayList<>();
        if (declared.isEmpty()) {
            findings.add(finding(context, MISSING, Severity.ERROR, "Model " + node.name() + " enforces a contract but"
                    + " declares no columns in YAML", modelLocation(context)));
            return findings;
        }
        Optional<List<TypedColumn>> produced = context.typedColumns();
        if (produced.isEmpty()) {
            return findings;
        }
        Map<String, TypedColumn> byName = new HashMap<>();
        produced.get().forEach(column -> byName.putIfAbsent(key(column.name(), column.column().quoted()), column));
        Map<String, ColumnProperties> yamlByName = new HashMap<>();
        declared.forEach(column -> yamlByName.putIfAbsent(key(column.name(), column.quote()), column));
        var dialect = ColumnTypes.dialect(context.snapshot());

        for (ColumnProperties column : declared) {
            TypedColumn match = byName.get(key(column.name(), column.quote()));
            Location at = column.location() != null ? column.location() : modelLocation(context);
            if (match == null) {
                findings.add(finding(context, MISSING, Severity.ERROR, "Column '" + column.name() + "' is in the"
                        + " contract of " + node.name() + " but its query does not produce it", at));
                continue;
            }
            if (column.dataType() == null || column.dataType().isBlank()) {
                findings.add(finding(context, TYPE, Severity.ERROR, "Column '" + column.name() + "' needs a"
                        + " data_type: dbt requires one for every column of a contracted model", at));
                continue;
            }
            Optional<ValueType> expected = dev.modelsense.sql.TypeNames.of(column.dataType(), dialect);
            ValueType actual = match.inferred().type();
            if (expected.isPresent() && actual != null && !compatible(expected.get(), actual)) {
                findings.add(columnFinding(context, match, TYPE, Severity.ERROR, "Column '" + match.name()
                        + "' is declared " + column.dataType() + " in the contract but the query gives "
                        + article(actual) + " (" + match.inferred().evidence() + ")"));
            }
        }
        for (TypedColumn column : produced.get()) {
            if (!yamlByName.containsKey(key(column.name(), column.column().quoted()))) {
                findings.add(columnFinding(context, column, EXTRA, Severity.ERROR, "Column '" + column.name()
                        + "' is not in the contract of " + node.name() + "; declare it in YAML or remove it"));
            }
        }
        if ("view".equals(node.materialized())) {
            order(context, declared, produced.get(), yamlByName).ifPresent(findings::add);
        }
        return findings;
    }

    /** The first select item out of the YAML order, among the columns both sides have. */
    private static Optional<Finding> order(NodeContext context, List<ColumnProperties> declared,
                                           List<TypedColumn> produced, Map<String, ColumnProperties> yamlByName) {
        List<String> yamlOrder = new ArrayList<>();
        List<String> sqlKeys = produced.stream().map(c -> key(c.name(), c.column().quoted())).toList();
        declared.forEach(c -> {
            String key = key(c.name(), c.quote());
            if (sqlKeys.contains(key)) {
                yamlOrder.add(key);
            }
        });
        int position = 0;
        for (TypedColumn column : produced) {
            String key = key(column.name(), column.column().quoted());
            if (!yamlByName.containsKey(key)) {
                continue;
            }
            if (!yamlOrder.get(position).equals(key)) {
                return Optional.of(columnFinding(context, column, ORDER, Severity.WARNING, "Column '" + column.name()
                        + "' is column " + (position + 1) + " of the view but column " + (yamlOrder.indexOf(key) + 1)
                        + " of its contract; a view keeps the query's order"));
            }
            position++;
        }
        return Optional.empty();
    }

    /** Same broad type, or any two numeric types (their widths and scales are the warehouse's business). */
    static boolean compatible(ValueType declared, ValueType actual) {
        if (declared == actual || declared == ValueType.OTHER || actual == ValueType.OTHER) {
            return true;
        }
        return declared.isNumeric() && actual.isNumeric();
    }

    /** Unquoted names fold to one case in the warehouse on both sides of the comparison; quoted ones keep theirs. */
    private static String key(String name, boolean quoted) {
        return quoted ? "\"" + name : name.toLowerCase(Locale.ROOT);
    }

    private static Location modelLocation(NodeContext context) {
        var properties = context.node().spec().properties();
        if (properties != null && properties.location() != null) {
            return properties.location();
        }
        return new Location(context.node().spec().file().path(), context.node().spec().bodyLine(), 0);
    }

    private static Finding finding(NodeContext context, String code, Severity severity, String message, Location at) {
        return new Finding(new Problem(code, severity, message, at.file(), at.line(), at.column(), List.of()),
                context.node().uniqueId());
    }

    private static Finding columnFinding(NodeContext context, TypedColumn column, String code, Severity severity,
                                         String message) {
        NodeContext.FilePosition at = context.positionOf(column.column());
        return new Finding(new Problem(code, severity, message, context.node().spec().file().path(), at.line(),
                at.column(), List.of()), context.node().uniqueId());
    }

    private static String article(ValueType type) {
        String word = type.name().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
