package dev.modelsense.sandbox;

import dev.modelsense.compile.RelationAddress;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A small table inside each sandbox that remembers when each relation was last built, because neither DuckDB nor
 * PostgreSQL records creation times; {@code sandbox clean --older-than} reads it.
 */
final class BuildLog {

    static final String TABLE = "_modelsense_builds";

    private BuildLog() {
    }

    static RelationAddress address(SandboxName sandbox) {
        return new RelationAddress(sandbox.database(), sandbox.schema(), TABLE);
    }

    static void ensure(StatementRunner runner, SandboxName sandbox) {
        runner.execute("create table if not exists " + runner.warehouse().dialect().qualified(address(sandbox))
                + " (relation_name varchar(255), built_at timestamp)");
    }

    static void record(StatementRunner runner, SandboxName sandbox, String relation, Instant when) {
        String table = runner.warehouse().dialect().qualified(address(sandbox));
        String literal = relation.replace("'", "''");
        runner.execute("delete from " + table + " where relation_name = '" + literal + "'");
        runner.execute("insert into " + table + " (relation_name, built_at) values ('" + literal + "', timestamp '"
                + Timestamp.from(when) + "')");
    }

    static Map<String, Instant> read(Warehouse warehouse, SandboxName sandbox) {
        Map<String, Instant> builtAt = new HashMap<>();
        String sql = "select relation_name, max(built_at) from " + warehouse.dialect().qualified(address(sandbox))
                + " group by relation_name";
        try (PreparedStatement statement = warehouse.connection().prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                builtAt.put(rows.getString(1), rows.getTimestamp(2).toInstant());
            }
        } catch (SQLException e) {
            return builtAt; // no log yet: nothing was built by this tool
        }
        return builtAt;
    }
}
