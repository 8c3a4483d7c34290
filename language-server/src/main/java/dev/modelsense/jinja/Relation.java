package dev.modelsense.jinja;

import com.hubspot.jinjava.objects.serialization.PyishSerializable;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * dbt's {@code BaseRelation}: a database object's name that prints the way the adapter writes it ({@link #render()}).
 * Jinja code reads {@code database/schema/identifier/name/table/type/is_table/is_view/is_cte}, and calls
 * {@code include(...)}, {@code quote(...)}, {@code incorporate(...)}, {@code replace_path(...)} with keyword arguments.
 * Like dbt's relation it is also a read-only mapping (dbt-utils' {@code _is_relation} checks {@code metadata.type}).
 */
public final class Relation extends AbstractMap<String, Object> implements PyObject, PyishSerializable {

    private final AdapterDialect dialect;
    private final String database;
    private final String schema;
    private final String identifier;
    private final RelationType type;
    private final QuotePolicy quotePolicy;
    private final IncludePolicy includePolicy;

    private Relation(AdapterDialect dialect, String database, String schema, String identifier, RelationType type,
                     QuotePolicy quotePolicy, IncludePolicy includePolicy) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.database = database;
        this.schema = schema;
        this.identifier = identifier;
        this.type = type;
        this.quotePolicy = quotePolicy;
        this.includePolicy = includePolicy;
    }

    public static Relation create(AdapterDialect d, String database, String schema, String identifier,
                                  RelationType type) {
        return new Relation(d, database, schema, identifier, type, d.defaultQuotePolicy(), d.defaultIncludePolicy());
    }

    public Relation withQuotePolicy(QuotePolicy p) {
        return new Relation(dialect, database, schema, identifier, type, p, includePolicy);
    }

    public Relation withIncludePolicy(IncludePolicy p) {
        return new Relation(dialect, database, schema, identifier, type, quotePolicy, p);
    }

    public Relation withPath(String newDatabase, String newSchema, String newIdentifier) {
        return new Relation(dialect, newDatabase, newSchema, newIdentifier, type, quotePolicy, includePolicy);
    }

    public Relation withType(RelationType newType) {
        return new Relation(dialect, database, schema, identifier, newType, quotePolicy, includePolicy);
    }

    public String database() {
        return database;
    }

    public String schema() {
        return schema;
    }

    public String identifier() {
        return identifier;
    }

    public RelationType type() {
        return type;
    }

    public AdapterDialect dialect() {
        return dialect;
    }

    public QuotePolicy quotePolicy() {
        return quotePolicy;
    }

    public IncludePolicy includePolicy() {
        return includePolicy;
    }

    /** dbt's {@code render()}: the included, non-null parts, quoted per policy, joined by dots. */
    public String render() {
        StringBuilder out = new StringBuilder();
        appendPart(out, includePolicy.database(), database, quotePolicy.database());
        appendPart(out, includePolicy.schema(), schema, quotePolicy.schema());
        appendPart(out, includePolicy.identifier(), identifier, quotePolicy.identifier());
        return out.toString();
    }

    private void appendPart(StringBuilder out, boolean include, String part, boolean quote) {
        if (!include || part == null) {
            return;
        }
        if (out.length() > 0) {
            out.append('.');
        }
        out.append(quote ? dialect.quote(part) : part);
    }

    @Override
    public String toString() {
        return render();
    }

    /** Being a {@code PyWrapper} also keeps Jinjava from wrapping this mapping into a plain dict. */
    @Override
    public <T extends Appendable & CharSequence> T appendPyishString(T appendable) throws IOException {
        appendable.append(render());
        return appendable;
    }

    /** Python's {@code repr()}, e.g. {@code <PostgresRelation "db"."s"."t">}. */
    String reprString() {
        return "<" + className() + " " + render() + ">";
    }

    private String className() {
        String t = dialect.type();
        return (t.isEmpty() ? "Base" : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1)) + "Relation";
    }

    @Override
    public Object getAttr(String name) {
        return switch (name) {
            case "database" -> database;
            case "schema" -> schema;
            case "identifier", "name", "table" -> identifier;
            case "type" -> type == null ? null : type.jinjaName();
            case "is_table" -> type == RelationType.TABLE;
            case "is_view" -> type == RelationType.VIEW;
            case "is_cte" -> type == RelationType.CTE;
            case "is_materialized_view" -> type == RelationType.MATERIALIZED_VIEW;
            case "quote_character" -> dialect.quoteChar();
            case "path" -> pathMap();
            case "quote_policy" -> policyMap(quotePolicy.database(), quotePolicy.schema(), quotePolicy.identifier());
            case "include_policy" ->
                    policyMap(includePolicy.database(), includePolicy.schema(), includePolicy.identifier());
            case "render" -> new PyFunction("render", a -> render());
            case "include" -> new PyFunction("include", a -> withIncludePolicy(new IncludePolicy(
                    flag(a, 0, "database", includePolicy.database()), flag(a, 1, "schema", includePolicy.schema()),
                    flag(a, 2, "identifier", includePolicy.identifier()))));
            case "quote" -> new PyFunction("quote", a -> withQuotePolicy(new QuotePolicy(
                    flag(a, 0, "database", quotePolicy.database()), flag(a, 1, "schema", quotePolicy.schema()),
                    flag(a, 2, "identifier", quotePolicy.identifier()))));
            case "replace_path" -> new PyFunction("replace_path", a -> withPath(
                    part(a, "database", database), part(a, "schema", schema), part(a, "identifier", identifier)));
            case "without_identifier" -> new PyFunction("without_identifier", a -> withIncludePolicy(
                    new IncludePolicy(includePolicy.database(), includePolicy.schema(), false)));
            case "incorporate" -> new PyFunction("incorporate", this::incorporate);
            case "get" -> new PyFunction("get", a -> {
                Object value = get(PyValues.str(a.require(0, "key")));
                return value == null ? a.get(1, "default", null) : value;
            });
            default -> NO_ATTRIBUTE;
        };
    }

    private static boolean flag(PyArgs args, int index, String name, boolean current) {
        Object value = args.get(index, name, null);
        return value == null ? current : PyValues.truthy(value);
    }

    private static String part(PyArgs args, String name, String current) {
        if (!args.keywords().containsKey(name)) {
            return current;
        }
        Object value = args.keywords().get(name);
        return value == null ? null : PyValues.str(value);
    }

    private Relation incorporate(PyArgs args) {
        Relation result = this;
        if (args.keywords().get("path") instanceof Map<?, ?> path) {
            result = result.withPath(
                    path.containsKey("database") ? strOrNull(path.get("database")) : database,
                    path.containsKey("schema") ? strOrNull(path.get("schema")) : schema,
                    path.containsKey("identifier") ? strOrNull(path.get("identifier")) : identifier);
        }
        if (args.keywords().containsKey("type")) {
            result = result.withType(typeOf(args.keywords().get("type")));
        }
        return result;
    }

    private static String strOrNull(Object value) {
        return value == null ? null : PyValues.str(value);
    }

    static RelationType typeOf(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof RelationType t) {
            return t;
        }
        String name = PyValues.str(value);
        for (RelationType t : RelationType.values()) {
            if (t.jinjaName().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }

    private Map<String, Object> pathMap() {
        Map<String, Object> path = new LinkedHashMap<>();
        path.put("database", database);
        path.put("schema", schema);
        path.put("identifier", identifier);
        return path;
    }

    private static Map<String, Object> policyMap(boolean database, boolean schema, boolean identifier) {
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("database", database);
        policy.put("schema", schema);
        policy.put("identifier", identifier);
        return policy;
    }

    /** The mapping view, shaped like dbt's serialized relation. */
    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> dict = new LinkedHashMap<>();
        dict.put("path", pathMap());
        dict.put("type", type == null ? null : type.jinjaName());
        dict.put("quote_policy", getAttr("quote_policy"));
        dict.put("include_policy", getAttr("include_policy"));
        dict.put("quote_character", dialect.quoteChar());
        dict.put("metadata", Map.of("type", className()));
        return dict.entrySet();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation r && dialect.equals(r.dialect) && Objects.equals(database, r.database)
                && Objects.equals(schema, r.schema) && Objects.equals(identifier, r.identifier) && type == r.type
                && quotePolicy.equals(r.quotePolicy) && includePolicy.equals(r.includePolicy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(database, schema, identifier, type);
    }
}
