package dev.modelsense.report;

import dev.modelsense.project.Severity;

/** One line per finding, {@code path:line:col: severity[code]: message}, then a summary line. */
public final class TextReport {

    private TextReport() {
    }

    public static String render(CheckReport report) {
        StringBuilder text = new StringBuilder();
        for (ReportEntry entry : report.entries()) {
            text.append(entry.formatted()).append('\n');
        }
        text.append(summary(report)).append('\n');
        return text.toString();
    }

    /** e.g. {@code 3 findings (1 error, 2 warnings, 0 info) in 12 models}. */
    public static String summary(CheckReport report) {
        int total = report.entries().size();
        return total + (total == 1 ? " finding" : " findings") + " (" + plural(report.count(Severity.ERROR), "error")
                + ", " + plural(report.count(Severity.WARNING), "warning") + ", " + report.count(Severity.INFO)
                + " info) in " + plural(report.models().size(), "model");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
