package dev.modelsense.sql;

import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The upstream columns that decide which rows a statement returns: WHERE, HAVING and QUALIFY filter, JOIN ON and
 * USING join. Collected from every query block the output depends on, each column once per kind.
 */
final class Conditions {

    private final Map<String, ColumnOrigin> found = new LinkedHashMap<>();

    void collect(PlainSelect plain, FromClause from, ExpressionLineage.Resolver resolver) {
        add(ExpressionLineage.of(plain.getWhere(), resolver), LineageKind.FILTER);
        add(ExpressionLineage.of(plain.getHaving(), resolver), LineageKind.FILTER);
        add(ExpressionLineage.of(plain.getQualify(), resolver), LineageKind.FILTER);
        if (plain.getJoins() == null) {
            return;
        }
        for (Join join : plain.getJoins()) {
            if (join.getOnExpressions() != null) {
                join.getOnExpressions().forEach(on -> add(ExpressionLineage.of(on, resolver), LineageKind.JOIN));
            }
            if (join.getUsingColumns() != null) {
                join.getUsingColumns().forEach(using -> add(from.inEveryRelation(using), LineageKind.JOIN));
            }
        }
    }

    List<ColumnOrigin> origins() {
        return Origins.merge(found.values());
    }

    private void add(List<ColumnOrigin> origins, LineageKind kind) {
        for (ColumnOrigin origin : Origins.as(origins, kind)) {
            found.putIfAbsent(origin.key() + kind, origin);
        }
    }
}
