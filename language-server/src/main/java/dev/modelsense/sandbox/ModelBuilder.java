package dev.modelsense.sandbox;

import dev.modelsense.compile.CompiledNode;
import dev.modelsense.compile.NodeTemplates;
import dev.modelsense.compile.ParsedNode;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.compile.RelationAddress;
import dev.modelsense.graph.NodeKind;
import dev.modelsense.jinja.ColumnInfo;
import dev.modelsense.jinja.RenderResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds one node into the sandbox by its materialization. Every create-or-replace builds under a temporary name
 * first and then swaps it in (drop old + rename new, in one transaction where DDL is transactional), so a failure
 * or cancel never leaves a half-built relation: the temporary relation is dropped and the old one stays.
 */
final class ModelBuilder {

    private final StatementRunner runner;
    private final ProjectSnapshot snapshot;
    private final SandboxName sandbox;
    private final Map<String, RelationKind> existing;
    private final boolean fullRefresh;

    ModelBuilder(StatementRunner runner, ProjectSnapshot snapshot, SandboxName sandbox,
                 Map<String, RelationKind> existing, boolean fullRefresh) {
        this.runner = runner;
        this.snapshot = snapshot;
        this.sandbox = sandbox;
        this.existing = existing;
        this.fullRefresh = fullRefresh;
    }

    RelationAddress target(ParsedNode node) {
        return new RelationAddress(sandbox.database(), sandbox.schema(), dialect().fold(node.alias()));
    }

    /** Builds the node and says how; throws {@link SandboxException} when it cannot. */
    String build(ParsedNode node, CompiledNode compiled) {
        if (node.spec().kind() == NodeKind.SEED) {
            return buildSeed(node);
        }
        if (compiled == null || compiled.failed()) {
            throw new SandboxException(SandboxError.Kind.COMPILE, node.name() + " did not compile");
        }
        String materialized = node.materialized();
        if (!List.of("view", "table", "incremental").contains(materialized)) {
            throw new SandboxException(SandboxError.Kind.UNSUPPORTED, "Materialization '" + materialized + "' of "
                    + node.name() + " is not supported in a sandbox run (view, table, incremental, ephemeral and "
                    + "seeds are)");
        }
        runHooks(node, "pre-hook");
        String how = switch (materialized) {
            case "view" -> replace(node, RelationKind.VIEW, compiled.compiledSql());
            case "table" -> replace(node, RelationKind.TABLE, compiled.compiledSql());
            default -> incremental(node, compiled.compiledSql());
        };
        runHooks(node, "post-hook");
        return how;
    }

    private String replace(ParsedNode node, RelationKind kind, String sql) {
        RelationAddress target = target(node);
        RelationAddress temp = temporary(target);
        try {
            runner.execute(kind == RelationKind.VIEW ? dialect().createView(temp, sql)
                    : dialect().createTableAs(temp, sql));
            swap(temp, kind, target);
        } finally {
            dropQuietly(temp, kind);
        }
        return kind.keyword();
    }

    private String incremental(ParsedNode node, String sql) {
        RelationAddress target = target(node);
        if (fullRefresh || existing.get(target.identifier()) != RelationKind.TABLE) {
            replace(node, RelationKind.TABLE, sql);
            return "incremental (first build as a table)";
        }
        RelationAddress temp = temporary(target);
        List<String> keys = uniqueKeys(node.config().get("unique_key"));
        String strategy = strategy(node, keys);
        try {
            runner.execute(dialect().createTableAs(temp, sql));
            List<String> columns = Catalog.columns(runner.warehouse(), temp.schema(), temp.identifier()).stream()
                    .map(ColumnInfo::name).map(dialect()::quote).toList();
            String columnList = String.join(", ", columns);
            inTransaction(() -> {
                if (!strategy.equals("append")) {
                    runner.execute(deleteMatching(target, temp, keys));
                }
                runner.execute("insert into " + dialect().qualified(target) + " (" + columnList + ") select "
                        + columnList + " from " + dialect().qualified(temp));
            });
        } finally {
            dropQuietly(temp, RelationKind.TABLE);
        }
        return "incremental " + strategy;
    }

    private static String strategy(ParsedNode node, List<String> keys) {
        Object configured = node.config().get("incremental_strategy");
        // dbt-postgres and dbt-duckdb: delete+insert when there is a unique_key, else append
        String strategy = configured == null ? (keys.isEmpty() ? "append" : "delete+insert") : configured.toString();
        if (!List.of("append", "merge", "delete+insert").contains(strategy)) {
            throw new SandboxException(SandboxError.Kind.UNSUPPORTED, "Incremental strategy '" + strategy + "' of "
                    + node.name() + " is not supported (append, merge, delete+insert are)");
        }
        if (!strategy.equals("append") && keys.isEmpty()) {
            throw new SandboxException(SandboxError.Kind.UNSUPPORTED, "Incremental strategy '" + strategy + "' of "
                    + node.name() + " needs a unique_key");
        }
        return strategy;
    }

    /** Merge and delete+insert by unique key have the same result: matched rows replaced, new rows added. */
    private String deleteMatching(RelationAddress target, RelationAddress temp, List<String> keys) {
        String keyList = String.join(", ", keys.stream().map(dialect()::quote).toList());
        String tuple = keys.size() == 1 ? keyList : "(" + keyList + ")";
        return "delete from " + dialect().qualified(target) + " where " + tuple + " in (select " + keyList + " from "
                + dialect().qualified(temp) + ")";
    }

    private static List<String> uniqueKeys(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(value.toString());
    }

    private String buildSeed(ParsedNode node) {
        SeedTable table = SeedTable.parse(node.spec().file().text());
        RelationAddress target = target(node);
        RelationAddress temp = temporary(target);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            columns.add(dialect().quote(table.columns().get(i)) + " " + table.types().get(i).sqlType(dialect()));
        }
        try {
            runner.execute("create table " + dialect().qualified(temp) + " (" + String.join(", ", columns) + ")");
            insertRows(temp, table);
            swap(temp, RelationKind.TABLE, target);
        } finally {
            dropQuietly(temp, RelationKind.TABLE);
        }
        return "seed (" + table.rows().size() + " rows)";
    }

    private void insertRows(RelationAddress temp, SeedTable table) {
        String names = String.join(", ", table.columns().stream().map(dialect()::quote).toList());
        String marks = String.join(", ", table.columns().stream().map(c -> "?").toList());
        String sql = "insert into " + dialect().qualified(temp) + " (" + names + ") values (" + marks + ")";
        runner.prepared(sql, statement -> {
            for (List<String> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    statement.setObject(i + 1, table.value(i, row.get(i)));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        });
    }

    private void runHooks(ParsedNode node, String key) {
        Object hooks = node.config().get(key);
        if (!(hooks instanceof List<?> list)) {
            return;
        }
        for (Object hook : list) {
            Object sql = hook instanceof Map<?, ?> map ? map.get("sql") : hook;
            if (sql == null || sql.toString().isBlank()) {
                continue;
            }
            RenderResult rendered = NodeTemplates.render(snapshot, node, sql.toString());
            if (rendered instanceof RenderResult.Failed failed) {
                throw new SandboxException(SandboxError.Kind.COMPILE, key + " of " + node.name() + " failed to render: "
                        + failed.error().message());
            }
            String text = ((RenderResult.Rendered) rendered).text().strip();
            if (!text.isEmpty()) {
                runner.execute(text);
            }
        }
    }

    private void swap(RelationAddress temp, RelationKind kind, RelationAddress target) {
        RelationKind old = existing.get(target.identifier());
        inTransaction(() -> {
            if (old != null) {
                runner.execute(dialect().drop(target, old));
            }
            runner.execute(dialect().rename(temp, kind, target.identifier()));
        });
        existing.put(target.identifier(), kind);
    }

    private void inTransaction(Runnable work) {
        Connection connection = runner.warehouse().connection();
        if (!dialect().transactionalDdl()) {
            work.run();
            return;
        }
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SandboxException(runner.classify(e));
        }
    }

    private void dropQuietly(RelationAddress temp, RelationKind kind) {
        runner.cleanup(dialect().drop(temp, kind));
    }

    /** A name no one else uses: the model's name (shortened to fit) plus a random suffix. */
    private RelationAddress temporary(RelationAddress target) {
        String suffix = "__ms_" + UUID.randomUUID().toString().substring(0, 8);
        int room = dialect().maxIdentifierLength() - suffix.length();
        String base = target.identifier().length() > room ? target.identifier().substring(0, room) : target.identifier();
        return new RelationAddress(target.database(), target.schema(), base + suffix);
    }

    private WarehouseDialect dialect() {
        return runner.warehouse().dialect();
    }

    @FunctionalInterface
    interface Batch {
        void fill(PreparedStatement statement) throws SQLException;
    }
}
