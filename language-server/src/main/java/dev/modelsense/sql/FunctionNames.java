package dev.modelsense.sql;

import java.util.Set;

/**
 * The warehouses' function names by what they return, lower case: the vocabulary {@link TypeInference} reads calls
 * with. Kept apart so adding a function is a one-word change.
 */
final class FunctionNames {

    private FunctionNames() {
    }

    static final Set<String> COUNTS = Set.of("count", "count_if", "countif", "approx_count_distinct",
            "approx_distinct", "uniq", "uniqexact", "count_big", "hll_count");
    static final Set<String> FOLLOWS_ARGUMENT_AGGREGATES = Set.of("sum", "min", "max", "any_value",
            "arbitrary", "first", "last", "mode", "max_by", "min_by", "arg_max", "arg_min", "fsum", "sumif",
            "first_value", "last_value", "lag", "lead", "nth_value");
    static final Set<String> AVERAGES = Set.of("avg", "mean", "median", "stddev", "stddev_samp",
            "stddev_pop", "variance", "var_samp", "var_pop", "percentile_cont", "corr", "covar_pop", "covar_samp",
            "kurtosis", "skewness", "approx_quantile", "quantile");
    static final Set<String> BOOLEAN_AGGREGATES = Set.of("bool_and", "bool_or", "every", "logical_and",
            "logical_or", "booland_agg", "boolor_agg");
    static final Set<String> STRING_AGGREGATES = Set.of("string_agg", "listagg", "group_concat");
    static final Set<String> RANKS = Set.of("row_number", "rank", "dense_rank", "ntile", "cume_dist_rank");
    static final Set<String> FIRST_ARGUMENT = Set.of("coalesce", "ifnull", "nvl", "nullif", "greatest",
            "least", "abs", "round", "floor", "ceil", "ceiling", "trunc", "truncate", "zeroifnull", "nullifzero",
            "sign", "nvl2", "any_value");
    static final Set<String> STRINGS = Set.of("concat", "concat_ws", "upper", "lower", "initcap", "trim",
            "ltrim", "rtrim", "btrim", "substr", "substring", "replace", "left", "right", "lpad", "rpad", "md5",
            "sha1", "sha2", "sha256", "to_char", "to_varchar", "split_part", "regexp_replace", "regexp_substr",
            "regexp_extract", "format", "reverse", "repeat", "translate", "string", "to_hex", "hex", "uuid",
            "gen_random_uuid", "uuid_string", "format_date", "strftime", "dayname", "monthname", "chr", "char",
            "quote_ident", "quote_literal", "encode", "base64", "to_base64", "json_extract_path_text",
            "json_extract_scalar", "json_value", "replicate", "collate", "overlay", "soundex", "lower_case");
    static final Set<String> INTEGERS = Set.of("length", "char_length", "character_length", "len",
            "octet_length", "bit_length", "position", "strpos", "charindex", "instr", "datediff", "date_diff",
            "timestamp_diff", "timestampdiff", "year", "month", "day", "dayofweek", "dayofyear", "week", "quarter",
            "hour", "minute", "second", "yearofweek", "weekofyear", "array_size", "array_length", "cardinality",
            "hash", "farm_fingerprint", "bit_count", "ascii", "unicode", "regexp_count", "regexp_instr",
            "to_integer", "to_int", "epoch", "epoch_ms", "unix_timestamp", "unix_seconds", "unix_millis");
    static final Set<String> FLOATS = Set.of("sqrt", "cbrt", "ln", "log", "log10", "log2", "exp", "power",
            "pow", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "degrees", "radians", "pi", "random",
            "rand", "to_double", "float8", "haversine", "st_distance");
    static final Set<String> DECIMALS = Set.of("to_number", "to_decimal", "to_numeric", "try_to_number",
            "try_to_decimal", "div0", "div0null");
    static final Set<String> DATES = Set.of("current_date", "to_date", "try_to_date", "date", "last_day",
            "date_from_parts", "datefromparts", "make_date", "parse_date", "curdate", "next_day", "previous_day");
    static final Set<String> TIMESTAMPS = Set.of("current_timestamp", "now", "getdate", "sysdate",
            "systimestamp", "localtimestamp", "to_timestamp", "to_timestamp_ntz", "to_timestamp_ltz",
            "to_timestamp_tz", "try_to_timestamp", "convert_timezone", "timestamp", "timestamp_from_parts",
            "make_timestamp", "parse_timestamp", "parse_datetime", "datetime", "from_unixtime", "to_utc_timestamp",
            "from_utc_timestamp", "epoch_ms_to_timestamp", "timestamp_seconds", "timestamp_millis",
            "timestamp_micros", "strptime", "sysdatetime", "current_datetime", "transaction_timestamp",
            "statement_timestamp", "clock_timestamp");
    static final Set<String> BOOLEANS = Set.of("is_null_value", "regexp_like", "rlike", "contains",
            "startswith", "endswith", "starts_with", "ends_with", "array_contains", "to_boolean", "isnull",
            "is_nan", "isnan", "isfinite", "isinf", "equal_null", "boolean", "st_intersects", "st_contains");
    static final Set<String> JSONS = Set.of("parse_json", "to_json", "json_object", "json_build_object",
            "jsonb_build_object", "object_construct", "object_construct_keep_null", "to_variant", "json_agg",
            "jsonb_agg", "json_object_agg", "row_to_json", "try_parse_json");
    /** Truncations and shifts of a date or timestamp that return their temporal argument's type. */
    static final Set<String> TEMPORAL_SHIFTS = Set.of("date_trunc", "datetrunc", "dateadd", "date_add",
            "timestampadd", "timestamp_add", "add_months", "date_sub", "timestamp_trunc", "datetime_trunc",
            "timestamp_sub", "time_slice");

    static final Set<String> DATE_PARTS = Set.of("year", "quarter", "month", "week", "day", "hour",
            "minute", "second", "millisecond", "microsecond", "nanosecond", "dayofweek", "dayofyear", "yy", "mm",
            "dd", "d", "hh", "mi", "ss", "isoweek", "weekday");
}
