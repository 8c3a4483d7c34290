package dev.modelsense.sandbox;

import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.RecordedMetadata;
import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.jinja.QueryResult;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.select.Select;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers introspective Jinja from the warehouse during a run the user allowed to record them ({@code --fill-metadata}):
 * {@code get_columns_in_relation} from the catalog and {@code run_query} for plain SELECT statements only (anything
 * else is left unanswered, never executed). Every answer is recorded for later compiles.
 */
final class LiveMetadata implements MetadataCache {

    private static final int MAX_ROWS = 10_000;

    private final Warehouse warehouse;
    private final RecordedMetadata recorded;
    private final int timeoutSeconds;

    LiveMetadata(Warehouse warehouse, RecordedMetadata recorded, int timeoutSeconds) {
        this.warehouse = warehouse;
        this.recorded = recorded;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public Optional<List<ColumnInfo>> columns(String database, String schema, String identifier) {
        if (schema == null || identifier == null) {
            return Optional.empty();
        }
        List<ColumnInfo> found = Catalog.columns(warehouse, schema, identifier);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        recorded.recordColumns(database, schema, identifier, found);
        return Optional.of(found);
    }

    @Override
    public Optional<QueryResult> query(String sql) {
        if (!isSelect(sql)) {
            return Optional.empty();
        }
        try (Statement statement = warehouse.connection().createStatement()) {
            statement.setMaxRows(MAX_ROWS);
            if (timeoutSeconds > 0) {
                statement.setQueryTimeout(timeoutSeconds);
            }
            try (ResultSet rows = statement.executeQuery(sql)) {
                ResultSetMetaData meta = rows.getMetaData();
                List<String> names = new ArrayList<>();
                List<String> types = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnLabel(i));
                    types.add(meta.getColumnTypeName(i));
                }
                List<List<Object>> values = new ArrayList<>();
                while (rows.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= names.size(); i++) {
                        row.add(Preview.plain(rows.getObject(i)));
                    }
                    values.add(row);
                }
                QueryResult result = new QueryResult(names, types, values);
                recorded.recordQuery(sql, result);
                return Optional.of(result);
            }
        } catch (SQLException e) {
            return Optional.empty(); // the compile then behaves as without an answer, and says it guessed
        }
    }

    static boolean isSelect(String sql) {
        try {
            return CCJSqlParserUtil.parse(sql) instanceof Select;
        } catch (JSQLParserException | RuntimeException e) {
            return false;
        }
    }
}
