package dev.modelsense.report;

import dev.modelsense.project.Severity;

import java.nio.file.Path;
import java.util.List;

/** Reports built from findings directly, as the rules will produce them. */
final class SampleReports {

    static final SarifReport.Tool TOOL = new SarifReport.Tool("modelsense", "0.1.0",
            "https://example.org/modelsense/README.md");

    private SampleReports() {
    }

    static ReportEntry entry(String code, Severity severity, String file, int line, int column, String model) {
        return new ReportEntry(code, severity, code + " at " + file + ":" + line, file, line, column, model,
                model == null ? null : "model.shop." + model, List.of());
    }

    /** stg_orders: one warning and one error; orders: an info and a compile error; customers clean; one project-wide. */
    static CheckReport mixed(Path root) {
        return new CheckReport("shop", root, List.of(
                new CheckReport.CheckedModel("model.shop.stg_orders", "stg_orders", "models/staging/stg_orders.sql"),
                new CheckReport.CheckedModel("model.shop.orders", "orders", "models/marts/orders.sql"),
                new CheckReport.CheckedModel("model.shop.customers", "customers", "models/marts/customers.sql")),
                List.of(
                        new ReportEntry("column-type-mismatch", Severity.WARNING,
                                "IND_ACTIVE is a SUM of flags, not a flag <&\"'>", "models/staging/stg_orders.sql", 3,
                                5, "stg_orders", "model.shop.stg_orders",
                                List.of("Rename column IND_ACTIVE to N_ACTIVE")),
                        entry("contract-column-missing", Severity.ERROR, "models/staging/stg_orders.sql", 1, 1,
                                "stg_orders"),
                        entry("doc-column-missing", Severity.INFO, "models/marts/schema.yml", 12, 11, "orders"),
                        entry("ref-unknown", Severity.ERROR, "models/marts/orders.sql", 7, 12, "orders"),
                        new ReportEntry("conventions-config", Severity.ERROR, "layers must be a list",
                                "modelsense.yml", 4, 3, null, null, List.of()),
                        new ReportEntry("layer-fanout", Severity.WARNING, "no file", null, 0, 0, null, null,
                                List.of())));
    }
}
