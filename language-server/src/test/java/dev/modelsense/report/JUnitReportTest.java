package dev.modelsense.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JUnit XML parsed back with the JDK's parser, as CI servers read it. */
public class JUnitReportTest {

    @TempDir
    Path root;

    public static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static int attribute(Element element, String name) {
        return Integer.parseInt(element.getAttribute(name));
    }

    /** Each suite's counts match its cases, and the totals are the suites' sums. */
    public static void assertCountsAddUp(Element suites) {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (Element suite : children(suites, "testsuite")) {
            List<Element> cases = children(suite, "testcase");
            assertEquals(cases.size(), attribute(suite, "tests"), suite.getAttribute("name"));
            assertEquals(cases.stream().filter(c -> !children(c, "failure").isEmpty()).count(),
                    attribute(suite, "failures"), suite.getAttribute("name"));
            assertEquals(cases.stream().filter(c -> !children(c, "error").isEmpty()).count(),
                    attribute(suite, "errors"), suite.getAttribute("name"));
            tests += attribute(suite, "tests");
            failures += attribute(suite, "failures");
            errors += attribute(suite, "errors");
        }
        assertEquals(tests, attribute(suites, "tests"));
        assertEquals(failures, attribute(suites, "failures"));
        assertEquals(errors, attribute(suites, "errors"));
    }

    private static Element suite(Element suites, String name) {
        return children(suites, "testsuite").stream().filter(s -> s.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no suite " + name));
    }

    private static Element testcase(Element suite, String name) {
        return children(suite, "testcase").stream().filter(c -> c.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no case " + name));
    }

    @Test
    void oneSuitePerModelOneCasePerCodeAndTheCountsAddUp() throws Exception {
        Element suites = parse(JUnitReport.render(SampleReports.mixed(root), FailOn.ERROR)).getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertCountsAddUp(suites);
        assertEquals(4, children(suites, "testsuite").size(), "three models and the project");
        Element stgOrders = suite(suites, "stg_orders");
        assertEquals(2, attribute(stgOrders, "tests"));
        assertEquals(1, attribute(stgOrders, "failures"));
        Element failure = children(testcase(stgOrders, "contract-column-missing"), "failure").get(0);
        assertTrue(failure.getTextContent().contains("models/staging/stg_orders.sql:1:1: error[contract-column-missing]"),
                failure.getTextContent());
        assertEquals("models.staging.stg_orders", testcase(stgOrders, "contract-column-missing")
                .getAttribute("classname"));
        Element warning = testcase(stgOrders, "column-type-mismatch");
        assertTrue(children(warning, "failure").isEmpty(), "a warning below --fail-on passes");
        assertTrue(children(warning, "system-out").get(0).getTextContent().contains("<&\"'>"));
        Element orders = suite(suites, "orders");
        assertEquals(1, attribute(orders, "errors"), "a model that did not compile is an error, not a failure");
        Element clean = suite(suites, "customers");
        assertEquals(1, attribute(clean, "tests"));
        assertTrue(testcase(clean, "conventions").getChildNodes().getLength() == 0, "a clean model's case passes");
        assertEquals(1, attribute(suite(suites, "project"), "failures"));
    }

    @Test
    void failOnWarningTurnsWarningsIntoFailures() throws Exception {
        Element suites = parse(JUnitReport.render(SampleReports.mixed(root), FailOn.WARNING)).getDocumentElement();
        assertCountsAddUp(suites);
        assertEquals(1, children(testcase(suite(suites, "stg_orders"), "column-type-mismatch"), "failure").size());
        assertEquals(4, attribute(suites, "failures"), "two errors and two warnings of conventions");
        Element never = parse(JUnitReport.render(SampleReports.mixed(root), FailOn.NEVER)).getDocumentElement();
        assertEquals(0, attribute(never, "failures") + attribute(never, "errors"));
    }
}
