package dev.modelsense.conventions;

import dev.modelsense.sql.ValueType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The columns: section of modelsense.yml. */
class ColumnContractConfigTest {

    @Test
    void listedPrefixesOverrideThePreset() {
        List<String> errors = new ArrayList<>();
        ColumnContract contract = ConventionsFixture.contract("""
                preset: default
                separator: "_"
                case: lower
                prefixes:
                  IND:
                    meaning: a boolean flag
                    types: [boolean]
                    tests: [not_null]
                  PCT: {meaning: a percentage, types: [numeric], tests: [{dbt_utils.accepted_range: {min_value: 0, max_value: 100}}]}
                subjects:
                  - [ORDERS, USER]
                  - [ACTIVE]
                """, errors);
        assertEquals(List.of(), errors);
        assertTrue(contract.enabled());
        assertEquals(ColumnContract.LetterCase.LOWER, contract.letterCase());
        assertEquals(8, contract.prefixes().size());
        assertEquals(Set.of(ValueType.BOOLEAN), contract.prefix("ind").orElseThrow().types());
        ColumnContract.PrefixRule pct = contract.prefix("PCT").orElseThrow();
        assertEquals(Set.of(ValueType.INTEGER, ValueType.DECIMAL, ValueType.FLOAT), pct.types());
        assertEquals(Map.of("min_value", 0, "max_value", 100), pct.tests().get(0).arguments());
        assertEquals(Set.of("ORDERS", "USER"), contract.subjectVocabulary(0).orElseThrow());
        assertFalse(contract.subjectVocabulary(2).isPresent());
    }

    @Test
    void mistakesAreReportedAtTheirNode() {
        List<String> errors = new ArrayList<>();
        ColumnContract contract = ConventionsFixture.contract("""
                prefixes:
                  ID: {types: [uuidish]}
                case: title
                colour: red
                """, errors);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("1:15 Unknown type 'uuidish'"), errors.get(0));
        assertTrue(errors.get(1).startsWith("2:6 'case' must be"), errors.get(1));
        assertTrue(errors.get(2).startsWith("3:0 Unknown key 'colour'"), errors.get(2));
        assertTrue(contract.enabled(), "listing prefixes opts in");
        assertEquals(1, contract.prefixes().size(), "no preset: only the listed prefixes");
    }

    @Test
    void disabledWhenTheProjectSaysSo() {
        assertFalse(ConventionsFixture.contract("{preset: default, enabled: false}", new ArrayList<>()).enabled());
        assertEquals(7, ConventionsFixture.contract("{enabled: true}", new ArrayList<>()).prefixes().size());
    }
}
