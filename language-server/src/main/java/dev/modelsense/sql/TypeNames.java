package dev.modelsense.sql;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warehouse type names ({@code varchar(20)}, {@code numeric(10,2)}, {@code timestamp_ntz}, {@code bool},
 * {@code double precision} ...) as broad {@link ValueType}s. Snowflake's {@code number} without a scale (or scale 0)
 * holds integers, as Snowflake defines it; elsewhere {@code numeric}/{@code decimal} are decimals unless a scale of 0
 * is written.
 */
public final class TypeNames {

    private static final Pattern NAME = Pattern.compile("\\s*([a-z_][a-z0-9_ ]*?)\\s*(?:\\(([^)]*)\\))?\\s*(\\[\\])?\\s*");

    private static final Map<String, ValueType> NAMES = Map.ofEntries(
            Map.entry("int", ValueType.INTEGER), Map.entry("integer", ValueType.INTEGER),
            Map.entry("bigint", ValueType.INTEGER), Map.entry("smallint", ValueType.INTEGER),
            Map.entry("tinyint", ValueType.INTEGER), Map.entry("byteint", ValueType.INTEGER),
            Map.entry("int2", ValueType.INTEGER), Map.entry("int4", ValueType.INTEGER),
            Map.entry("int8", ValueType.INTEGER), Map.entry("int64", ValueType.INTEGER),
            Map.entry("int16", ValueType.INTEGER), Map.entry("int32", ValueType.INTEGER),
            Map.entry("hugeint", ValueType.INTEGER), Map.entry("ubigint", ValueType.INTEGER),
            Map.entry("uinteger", ValueType.INTEGER), Map.entry("usmallint", ValueType.INTEGER),
            Map.entry("utinyint", ValueType.INTEGER), Map.entry("serial", ValueType.INTEGER),
            Map.entry("bigserial", ValueType.INTEGER), Map.entry("long", ValueType.INTEGER),
            Map.entry("short", ValueType.INTEGER),
            Map.entry("numeric", ValueType.DECIMAL), Map.entry("decimal", ValueType.DECIMAL),
            Map.entry("number", ValueType.DECIMAL), Map.entry("bignumeric", ValueType.DECIMAL),
            Map.entry("money", ValueType.DECIMAL), Map.entry("dec", ValueType.DECIMAL),
            Map.entry("float", ValueType.FLOAT), Map.entry("float4", ValueType.FLOAT),
            Map.entry("float8", ValueType.FLOAT), Map.entry("float64", ValueType.FLOAT),
            Map.entry("double", ValueType.FLOAT), Map.entry("double precision", ValueType.FLOAT),
            Map.entry("real", ValueType.FLOAT),
            Map.entry("varchar", ValueType.STRING), Map.entry("char", ValueType.STRING),
            Map.entry("character", ValueType.STRING), Map.entry("character varying", ValueType.STRING),
            Map.entry("nvarchar", ValueType.STRING), Map.entry("nchar", ValueType.STRING),
            Map.entry("text", ValueType.STRING), Map.entry("string", ValueType.STRING),
            Map.entry("bpchar", ValueType.STRING), Map.entry("citext", ValueType.STRING),
            Map.entry("uuid", ValueType.STRING), Map.entry("name", ValueType.STRING),
            Map.entry("date", ValueType.DATE),
            Map.entry("timestamp", ValueType.TIMESTAMP), Map.entry("timestamp_ntz", ValueType.TIMESTAMP),
            Map.entry("timestamp_ltz", ValueType.TIMESTAMP), Map.entry("timestamp_tz", ValueType.TIMESTAMP),
            Map.entry("timestamptz", ValueType.TIMESTAMP), Map.entry("datetime", ValueType.TIMESTAMP),
            Map.entry("datetime2", ValueType.TIMESTAMP), Map.entry("timestamp with time zone", ValueType.TIMESTAMP),
            Map.entry("timestamp without time zone", ValueType.TIMESTAMP),
            Map.entry("timestamp_s", ValueType.TIMESTAMP), Map.entry("timestamp_ms", ValueType.TIMESTAMP),
            Map.entry("timestamp_ns", ValueType.TIMESTAMP),
            Map.entry("time", ValueType.TIME), Map.entry("timetz", ValueType.TIME),
            Map.entry("time with time zone", ValueType.TIME), Map.entry("time without time zone", ValueType.TIME),
            Map.entry("boolean", ValueType.BOOLEAN), Map.entry("bool", ValueType.BOOLEAN),
            Map.entry("bytea", ValueType.BINARY), Map.entry("binary", ValueType.BINARY),
            Map.entry("varbinary", ValueType.BINARY), Map.entry("blob", ValueType.BINARY),
            Map.entry("bytes", ValueType.BINARY),
            Map.entry("json", ValueType.JSON), Map.entry("jsonb", ValueType.JSON),
            Map.entry("variant", ValueType.OTHER), Map.entry("object", ValueType.JSON),
            Map.entry("array", ValueType.OTHER), Map.entry("struct", ValueType.OTHER),
            Map.entry("map", ValueType.OTHER), Map.entry("list", ValueType.OTHER),
            Map.entry("record", ValueType.OTHER), Map.entry("geography", ValueType.OTHER),
            Map.entry("geometry", ValueType.OTHER), Map.entry("interval", ValueType.OTHER));

    private TypeNames() {
    }

    /** The broad type a warehouse type name stands for; empty for a name we do not know. */
    public static Optional<ValueType> of(String typeName, SqlDialect dialect) {
        if (typeName == null || typeName.isBlank()) {
            return Optional.empty();
        }
        String lower = typeName.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
        if (lower.startsWith("array<") || lower.startsWith("struct<") || lower.startsWith("map<")
                || lower.startsWith("map(") || lower.startsWith("struct(")) {
            return Optional.of(ValueType.OTHER);
        }
        Matcher matcher = NAME.matcher(lower);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        if (matcher.group(3) != null) {
            return Optional.of(ValueType.OTHER);
        }
        String base = matcher.group(1).trim();
        ValueType type = NAMES.get(base);
        if (type == ValueType.DECIMAL && !base.equals("money") && integralScale(matcher.group(2), base, dialect)) {
            return Optional.of(ValueType.INTEGER);
        }
        return Optional.ofNullable(type);
    }

    /** {@code numeric(10,0)} and {@code numeric(10)}, and Snowflake's bare {@code number} (scale 0 by default). */
    private static boolean integralScale(String arguments, String base, SqlDialect dialect) {
        boolean snowflake = dialect.adapterType().equals("snowflake");
        if (arguments == null || arguments.isBlank()) {
            return snowflake && !base.equals("bignumeric");
        }
        String[] parts = arguments.split(",");
        if (parts.length == 1) {
            return true; // a precision alone means scale 0 in every warehouse
        }
        return parts[1].trim().equals("0");
    }
}
