package dev.modelsense.sandbox;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.analyze.Analyze;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every statement a run sends before it reaches the warehouse: it may read anything, but it may create,
 * replace, drop, rename, insert into, delete from, update or merge into only relations that are qualified with the
 * sandbox schema (and database, when named). Statements the parser cannot verify are refused, not guessed.
 */
public final class StatementGuard {

    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)";
    /** {@code alter table|view <name> rename to <unqualified name>}: JSqlParser does not parse the view form. */
    private static final Pattern RENAME = Pattern.compile("(?is)\\s*alter\\s+(table|view)\\s+(" + IDENT + "(?:\\s*\\.\\s*"
            + IDENT + "){0,2})\\s+rename\\s+to\\s+(" + IDENT + ")\\s*;?\\s*");
    /** {@code create schema [if not exists] [<database>.]<schema>}: JSqlParser does not parse the qualified form. */
    private static final Pattern CREATE_SCHEMA = Pattern.compile("(?is)\\s*create\\s+schema\\s+(?:if\\s+not\\s+exists\\s+)?("
            + IDENT + "(?:\\s*\\.\\s*" + IDENT + ")?)\\s*;?\\s*");
    /** The DDL the runner wraps around a model's SQL, which may be dialect SQL the parser does not know. */
    private static final Pattern CREATE_AS = Pattern.compile("(?is)\\s*create\\s+(view|table)\\s+(" + IDENT
            + "(?:\\s*\\.\\s*" + IDENT + "){0,2})\\s+as\\s+\\((.*)\\)\\s*");
    private static final Set<String> DROPPABLE = Set.of("TABLE", "VIEW");

    private final String database;
    private final String schema;

    public StatementGuard(String database, String schema) {
        this.database = database;
        this.schema = schema;
    }

    /** Throws {@link SandboxException} ({@code UNSAFE_STATEMENT}) unless every statement in {@code sql} is safe. */
    public void check(String sql) {
        Matcher rename = RENAME.matcher(sql);
        if (rename.matches()) {
            requireInside(partsOf(rename.group(2)), "rename");
            return;
        }
        Matcher createSchema = CREATE_SCHEMA.matcher(sql);
        if (createSchema.matches()) {
            String[] parts = partsOf(createSchema.group(1));
            boolean sameDatabase = parts[1] == null || database == null || parts[1].equalsIgnoreCase(database);
            if (!parts[2].equalsIgnoreCase(schema) || !sameDatabase) {
                throw refused("creates schema '" + createSchema.group(1).strip() + "', not the sandbox '" + schema
                        + "'", sql);
            }
            return;
        }
        Statements statements;
        try {
            statements = CCJSqlParserUtil.parseStatements(sql);
        } catch (JSQLParserException | RuntimeException e) {
            checkWrappedQuery(sql);
            return;
        }
        if (statements.isEmpty()) {
            throw refused("is empty", sql);
        }
        for (Statement statement : statements) {
            checkOne(statement, sql);
        }
    }

    private void checkWrappedQuery(String sql) {
        Matcher create = CREATE_AS.matcher(sql);
        if (!create.matches()) {
            throw refused("cannot be verified (the SQL parser does not understand it)", sql);
        }
        requireInside(partsOf(create.group(2)), "create " + create.group(1).toLowerCase(Locale.ROOT));
        String problem = QueryBody.problem(create.group(3));
        if (problem != null) {
            throw refused("cannot be verified as one read-only query (its body has " + problem + ")", sql);
        }
    }

    private void checkOne(Statement statement, String sql) {
        if (statement instanceof Select select) {
            if (select instanceof PlainSelect plain && plain.getIntoTables() != null) {
                plain.getIntoTables().forEach(t -> requireInside(t, "select into"));
            }
        } else if (statement instanceof CreateTable create) {
            requireInside(create.getTable(), "create table");
            requireReadOnly(create.getSelect(), sql);
        } else if (statement instanceof CreateView create) {
            requireInside(create.getView(), "create view");
            requireReadOnly(create.getSelect(), sql);
        } else if (statement instanceof Insert insert) {
            requireInside(insert.getTable(), "insert");
            requireReadOnly(insert.getSelect(), sql);
        } else if (statement instanceof Delete delete) {
            requireInside(delete.getTable(), "delete");
        } else if (statement instanceof Update update) {
            requireInside(update.getTable(), "update");
        } else if (statement instanceof Merge merge) {
            requireInside(merge.getTable(), "merge");
        } else if (statement instanceof Truncate truncate) {
            requireInside(truncate.getTable(), "truncate");
        } else if (statement instanceof Analyze analyze) {
            requireInside(analyze.getTable(), "analyze");
        } else if (statement instanceof Drop drop) {
            if (!DROPPABLE.contains(drop.getType().toUpperCase(Locale.ROOT))) {
                throw refused("drops a " + drop.getType().toLowerCase(Locale.ROOT)
                        + "; a sandbox run drops only tables and views", sql);
            }
            requireInside(drop.getName(), "drop");
        } else if (statement instanceof CreateSchema create) {
            String name = unquote(create.getSchemaName());
            if (!name.equalsIgnoreCase(schema)) {
                throw refused("creates schema '" + name + "', not the sandbox '" + schema + "'", sql);
            }
        } else {
            throw refused("is a " + statement.getClass().getSimpleName()
                    + " statement, which a sandbox run does not send", sql);
        }
    }

    /** A query feeding a write must not write itself (a data-modifying CTE would write anywhere). */
    private static void requireReadOnly(Object query, String sql) {
        String problem = query == null ? null : QueryBody.problem(query.toString());
        if (problem != null) {
            throw refused("cannot be verified as one read-only query (it has " + problem + ")", sql);
        }
    }

    private void requireInside(Table table, String action) {
        requireInside(new String[] {table.getUnquotedDatabaseName(), table.getUnquotedSchemaName(),
                table.getUnquotedName()}, action);
    }

    private void requireInside(String[] parts, String action) {
        String db = parts[0];
        String sch = parts[1];
        String name = parts[2];
        String target = (db == null ? "" : db + ".") + (sch == null ? "" : sch + ".") + name;
        if (sch == null) {
            throw refused(action + " of unqualified '" + name + "' (the search path could point anywhere)", null);
        }
        if (!sch.equalsIgnoreCase(schema)) {
            throw refused(action + " of '" + target + "' outside the sandbox schema '" + schema + "'", null);
        }
        if (db != null && database != null && !db.equalsIgnoreCase(database)) {
            throw refused(action + " of '" + target + "' outside the sandbox database '" + database + "'", null);
        }
    }

    /** [database, schema, name] of a dotted name; missing leading parts are null. */
    private static String[] partsOf(String dotted) {
        String[] raw = dotted.split("\\s*\\.\\s*(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
        String[] parts = new String[3];
        for (int i = 0; i < raw.length; i++) {
            parts[3 - raw.length + i] = unquote(raw[i].strip());
        }
        return parts;
    }

    private static String unquote(String identifier) {
        if (identifier != null && identifier.length() >= 2 && identifier.startsWith("\"") && identifier.endsWith("\"")) {
            return identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"");
        }
        return identifier;
    }

    private static SandboxException refused(String why, String sql) {
        String shown = sql == null ? "" : ": " + abbreviate(sql);
        return new SandboxException(SandboxError.Kind.UNSAFE_STATEMENT, "Refused a statement that " + why + shown);
    }

    private static String abbreviate(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 157) + "..." : flat;
    }
}
