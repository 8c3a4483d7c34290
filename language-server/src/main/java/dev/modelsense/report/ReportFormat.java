package dev.modelsense.report;

/** The formats {@code modelsense check --format} writes. */
public enum ReportFormat {
    TEXT, JSON, SARIF, JUNIT;

    public String render(CheckReport report, FailOn failOn, SarifReport.Tool tool) {
        return switch (this) {
            case TEXT -> TextReport.render(report);
            case JSON -> JsonReport.render(report);
            case SARIF -> SarifReport.render(report, tool);
            case JUNIT -> JUnitReport.render(report, failOn);
        };
    }
}
