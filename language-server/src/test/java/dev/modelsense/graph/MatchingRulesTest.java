package dev.modelsense.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The matching rules under the selector methods: fnmatch, fqn parts, path globs, versions, spec parsing. */
class MatchingRulesTest {

    @Test
    void fnmatchFollowsPython() {
        assertTrue(Fnmatch.matches("stg_orders", "stg_*"));
        assertTrue(Fnmatch.matches("a.b/c", "a*c"), "* crosses dots and slashes");
        assertTrue(Fnmatch.matches("tri_a", "tri_?"));
        assertTrue(Fnmatch.matches("tri_a", "tri_[a-c]"));
        assertFalse(Fnmatch.matches("tri_a", "tri_[!a]"));
        assertTrue(Fnmatch.matches("a[b", "a[b"), "an unclosed bracket is literal");
        assertTrue(Fnmatch.matches("a+b", "a+b"), "regex characters are literal");
        assertFalse(Fnmatch.matches("Stg_orders", "stg_*"), "case-sensitive as on POSIX");
        assertFalse(Fnmatch.matches("stg_orders_x", "stg_orders"));
    }

    @Test
    void fqnDotsInsidePartsActAsSeparators() {
        assertTrue(FqnMatch.isSelected(List.of("pkg", "a.b", "model"), "pkg.a.b", false));
        assertTrue(FqnMatch.matches("a.b.model", List.of("pkg", "a.b", "model"), false));
        assertFalse(FqnMatch.isSelected(List.of("pkg", "model"), "pkg.model.extra", false));
        assertFalse(FqnMatch.isSelected(List.of(), "x", false));
    }

    @Test
    void pathGlobsMatchFilesAndTheirFolders() {
        assertTrue(PathPattern.parse("models").selects("models/staging/a.sql"));
        assertTrue(PathPattern.parse("models/staging").selects("models/staging/a.sql"));
        assertTrue(PathPattern.parse("models\\staging").selects("models/staging/a.sql"));
        assertFalse(PathPattern.parse("models/stag").selects("models/staging/a.sql"));
        assertFalse(PathPattern.parse("staging").selects("models/staging/a.sql"), "relative to the root");
        assertTrue(PathPattern.parse("**/a.sql").selects("models/staging/a.sql"));
        assertTrue(PathPattern.parse("models/**").selects("models/a.sql"));
        assertTrue(PathPattern.parse("*/staging").selects("models/staging/a.sql"));
        assertThrows(SelectorSyntaxException.class, () -> PathPattern.parse("/abs/models"));
        assertThrows(SelectorSyntaxException.class, () -> PathPattern.parse(""));
    }

    @Test
    void versionsCompareAsNumbersWhenTheyCan() {
        assertTrue(ModelVersions.compare(10, "9") > 0);
        assertTrue(ModelVersions.compare("10", "9") > 0);
        assertEquals(0, ModelVersions.compare(2, "2.0"));
        assertTrue(ModelVersions.compare("beta", "alpha") > 0);
        assertTrue(ModelVersions.compare("2", "alpha") < 0, "mixed values compare as strings");
    }

    @Test
    void declaredLatestVersionMakesNewerVersionsPrerelease() {
        ModelGraph graph = ModelGraph.build(FixtureProject.nodes(), FixtureProject.edges(),
                Map.of("shop.customers", 1));
        assertEquals(Set.of(FixtureProject.CUSTOMERS_V1),
                Selector.parse(List.of("version:latest"), null).apply(graph));
        assertEquals(Set.of(FixtureProject.CUSTOMERS_V2, FixtureProject.SINGULAR_TEST),
                Selector.parse(List.of("version:prerelease"), null).apply(graph));
        assertEquals(Set.of(), Selector.parse(List.of("version:old"), null).apply(graph));
    }

    @Test
    void parsesGraphOperatorsAroundMethodAndValue() {
        SelectionSpec.Criterion criterion = SelectorParser.parseCriterion("2+config.meta.owner:alice+3");
        assertTrue(criterion.parents());
        assertEquals(2, criterion.parentsDepth());
        assertTrue(criterion.children());
        assertEquals(3, criterion.childrenDepth());
        assertFalse(criterion.childrensParents());

        SelectionSpec.Criterion unlimited = SelectorParser.parseCriterion("+orders+");
        assertEquals(Traversal.UNLIMITED, unlimited.parentsDepth());
        assertEquals(Traversal.UNLIMITED, unlimited.childrenDepth());
        assertTrue(SelectorParser.parseCriterion("@orders").childrensParents());
    }

    @Test
    void refusesMalformedSpecs() {
        assertThrows(SelectorSyntaxException.class, () -> SelectorParser.parseCriterion("@orders+"));
        assertThrows(SelectorSyntaxException.class, () -> SelectorParser.parseCriterion("2@orders"));
        assertThrows(SelectorSyntaxException.class, () -> SelectorParser.parseCriterion("99999999999+orders"));
        assertThrows(SelectorSyntaxException.class, () -> SelectorParser.parseCriterion("path:"));
    }
}
