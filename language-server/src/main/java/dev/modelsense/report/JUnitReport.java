package dev.modelsense.report;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as JUnit XML, which GitLab, Jenkins, Azure DevOps and GitHub test-report actions render: one
 * {@code <testsuite>} per model (named after it; project-wide findings in a suite named {@code project}), one
 * {@code <testcase>} per finding code (a model without findings gets one passing {@code conventions} case). A case
 * whose findings reach {@code --fail-on} holds a {@code <failure>}, or an {@code <error>} when the model did not
 * compile; findings below the threshold pass and are listed in {@code <system-out>}. Classnames are the model's
 * path with dots ({@code models.staging.stg_orders}), so Jenkins groups cases by folder.
 */
public final class JUnitReport {

    static final String PROJECT_SUITE = "project";
    static final String PASSING_CASE = "conventions";

    private record Suite(String name, String classname, String file, Map<String, List<ReportEntry>> byCode) {
    }

    private JUnitReport() {
    }

    public static String render(CheckReport report, FailOn failOn) {
        Map<String, Suite> suites = suites(report);
        try {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element root = document.createElement("testsuites");
            root.setAttribute("name", "modelsense check " + report.projectName());
            document.appendChild(root);
            int tests = 0;
            int failures = 0;
            int errors = 0;
            for (Suite suite : suites.values()) {
                Element element = suite(document, suite, failOn);
                root.appendChild(element);
                tests += Integer.parseInt(element.getAttribute("tests"));
                failures += Integer.parseInt(element.getAttribute("failures"));
                errors += Integer.parseInt(element.getAttribute("errors"));
            }
            root.setAttribute("tests", String.valueOf(tests));
            root.setAttribute("failures", String.valueOf(failures));
            root.setAttribute("errors", String.valueOf(errors));
            root.setAttribute("time", "0");
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString().strip() + "\n";
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("The JDK's XML writer is unavailable", e);
        }
    }

    private static Map<String, Suite> suites(CheckReport report) {
        Map<String, Suite> suites = new LinkedHashMap<>();
        for (CheckReport.CheckedModel model : report.models()) {
            suites.put(model.nodeId(), new Suite(model.name(), classname(model.file()), model.file(),
                    new LinkedHashMap<>()));
        }
        for (ReportEntry entry : report.entries()) {
            String key = entry.nodeId() == null ? PROJECT_SUITE : entry.nodeId();
            Suite suite = suites.computeIfAbsent(key, k -> entry.nodeId() == null
                    ? new Suite(PROJECT_SUITE, PROJECT_SUITE, null, new LinkedHashMap<>())
                    : new Suite(entry.model() == null ? entry.nodeId() : entry.model(), classname(entry.file()),
                    entry.file(), new LinkedHashMap<>()));
            suite.byCode().computeIfAbsent(entry.code(), c -> new ArrayList<>()).add(entry);
        }
        return suites;
    }

    private static Element suite(Document document, Suite suite, FailOn failOn) {
        Element element = document.createElement("testsuite");
        element.setAttribute("name", suite.name());
        int failures = 0;
        int errors = 0;
        if (suite.byCode().isEmpty()) {
            element.appendChild(testcase(document, suite, PASSING_CASE));
        }
        for (Map.Entry<String, List<ReportEntry>> code : suite.byCode().entrySet()) {
            Element testcase = testcase(document, suite, code.getKey());
            List<ReportEntry> failing = code.getValue().stream().filter(e -> failOn.fails(e.severity())).toList();
            if (!failing.isEmpty()) {
                boolean compileProblem = !RuleCatalog.isConventionCode(code.getKey());
                Element failure = document.createElement(compileProblem ? "error" : "failure");
                failure.setAttribute("message", clean(failing.get(0).message()));
                failure.setAttribute("type", failing.get(0).severity().name().toLowerCase());
                failure.setTextContent(lines(failing));
                testcase.appendChild(failure);
                if (compileProblem) {
                    errors++;
                } else {
                    failures++;
                }
            }
            List<ReportEntry> passing = code.getValue().stream().filter(e -> !failOn.fails(e.severity())).toList();
            if (!passing.isEmpty()) {
                Element out = document.createElement("system-out");
                out.setTextContent(lines(passing));
                testcase.appendChild(out);
            }
            element.appendChild(testcase);
        }
        element.setAttribute("tests", String.valueOf(Math.max(1, suite.byCode().size())));
        element.setAttribute("failures", String.valueOf(failures));
        element.setAttribute("errors", String.valueOf(errors));
        element.setAttribute("skipped", "0");
        element.setAttribute("time", "0");
        return element;
    }

    private static Element testcase(Document document, Suite suite, String name) {
        Element testcase = document.createElement("testcase");
        testcase.setAttribute("classname", suite.classname());
        testcase.setAttribute("name", name);
        if (suite.file() != null) {
            testcase.setAttribute("file", suite.file());
        }
        testcase.setAttribute("time", "0");
        return testcase;
    }

    private static String lines(List<ReportEntry> entries) {
        StringBuilder text = new StringBuilder();
        for (ReportEntry entry : entries) {
            text.append(entry.formatted()).append('\n');
        }
        return clean(text.toString());
    }

    /** Drops the control characters XML 1.0 cannot carry (a message may quote odd SQL). */
    private static String clean(String text) {
        return text.codePoints().filter(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static String classname(String file) {
        if (file == null) {
            return PROJECT_SUITE;
        }
        String withoutExtension = file.endsWith(".sql") ? file.substring(0, file.length() - 4) : file;
        return withoutExtension.replace('/', '.');
    }
}
