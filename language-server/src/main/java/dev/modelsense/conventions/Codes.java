package dev.modelsense.conventions;

import java.util.List;

/** The stable codes of convention findings, as {@code severities:} and {@code ignore} lists name them. */
public final class Codes {

    public static final String CONFIG = "conventions-config";
    public static final String COLUMN_GRAMMAR = "column-name-grammar";
    public static final String COLUMN_PREFIX_UNKNOWN = "column-prefix-unknown";
    public static final String COLUMN_SUBJECT_UNKNOWN = "column-subject-unknown";
    public static final String COLUMN_TYPE_MISMATCH = "column-type-mismatch";
    public static final String CONTRACT_MISSING = "contract-column-missing";
    public static final String CONTRACT_EXTRA = "contract-column-extra";
    public static final String CONTRACT_ORDER = "contract-column-order";
    public static final String CONTRACT_TYPE = "contract-column-type";
    public static final String MODEL_NAME = "model-name-convention";
    public static final String SOURCE_NAME = "source-name-convention";
    public static final String SEED_NAME = "seed-name-convention";
    public static final String YAML_FILE_NAME = "yaml-file-name-convention";
    public static final String SOURCE_OUTSIDE_STAGING = "layer-source-outside-staging";
    public static final String WRONG_DIRECTION = "layer-wrong-direction";
    public static final String STAGING_MULTIPLE_SOURCES = "layer-staging-multiple-sources";
    public static final String DIRECT_JOIN_TO_SOURCE = "layer-direct-join-to-source";
    public static final String FANOUT = "layer-fanout";
    public static final String REJOIN_UPSTREAM = "layer-rejoin-upstream";
    public static final String DOC_MODEL_MISSING = "doc-model-missing";
    public static final String DOC_COLUMN_MISSING = "doc-column-missing";
    public static final String PRIMARY_KEY_UNTESTED = "doc-primary-key-untested";

    /** Every code, the column-name and model-contract ones included. */
    public static final List<String> ALL = List.of(CONFIG,
            COLUMN_GRAMMAR, COLUMN_PREFIX_UNKNOWN, COLUMN_SUBJECT_UNKNOWN, COLUMN_TYPE_MISMATCH,
            CONTRACT_MISSING, CONTRACT_EXTRA, CONTRACT_ORDER, CONTRACT_TYPE,
            MODEL_NAME, SOURCE_NAME, SEED_NAME, YAML_FILE_NAME,
            SOURCE_OUTSIDE_STAGING, WRONG_DIRECTION, STAGING_MULTIPLE_SOURCES, DIRECT_JOIN_TO_SOURCE, FANOUT,
            REJOIN_UPSTREAM, DOC_MODEL_MISSING, DOC_COLUMN_MISSING, PRIMARY_KEY_UNTESTED);

    /** The SQL checks' codes, which a project may also silence or re-rate in modelsense.yml. */
    public static final List<String> SQL_CHECKS = List.of("sql-syntax", "column-not-produced", "sql-analysis-skipped");

    /** Every code {@code severities:} and {@code exemptions:} accept. */
    public static final List<String> CONFIGURABLE = java.util.stream.Stream.concat(ALL.stream(), SQL_CHECKS.stream())
            .toList();

    private Codes() {
    }
}
