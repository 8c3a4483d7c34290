package dev.modelsense.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The cursor context reader and the call scanner, on raw text. */
class JinjaCursorTest {

    private static CursorContext at(String textWithCursor) {
        return at(textWithCursor, false);
    }

    private static CursorContext at(String textWithCursor, boolean yaml) {
        int cursor = textWithCursor.indexOf('|');
        return JinjaCursor.at(textWithCursor.replace("|", ""), cursor, yaml);
    }

    @Test
    void stringArgumentsKnowTheirFunctionIndexAndPreviousArguments() {
        CursorContext.InString ref = assertInstanceOf(CursorContext.InString.class, at("{{ ref(\"pkg\", 'mo|"));
        assertEquals("ref", ref.function());
        assertEquals(1, ref.positionalIndex());
        assertEquals(List.of("pkg"), ref.previous());
        assertEquals("mo", ref.prefix());
        assertEquals('\'', ref.quote());
        assertEquals(false, ref.closed());

        CursorContext.InString closed = assertInstanceOf(CursorContext.InString.class, at("{{ source('s', 't|ab') }}"));
        assertEquals(List.of("s"), closed.previous());
        assertEquals(true, closed.closed());
        assertEquals("{{ source('s', 'tab') }}".indexOf("') }}") + 1, closed.replaceEnd());

        CursorContext.InString keyword = assertInstanceOf(CursorContext.InString.class,
                at("{{ config(tags=['a'], materialized='|') }}"));
        assertEquals("materialized", keyword.keyword());
    }

    @Test
    void nestedCallsAndExpressionArgumentsAreTracked() {
        CursorContext.InString inner = assertInstanceOf(CursorContext.InString.class,
                at("{{ dbt_utils.star(from=ref('|"));
        assertEquals("ref", inner.function());
        CursorContext.InString afterExpression = assertInstanceOf(CursorContext.InString.class,
                at("{% set x = source(var('s'), '|"));
        assertEquals(1, afterExpression.positionalIndex());
        assertEquals(Arrays.asList((String) null), afterExpression.previous(), "an expression has no literal value");
    }

    @Test
    void namesInJinja() {
        CursorContext.JinjaName macro = assertInstanceOf(CursorContext.JinjaName.class, at("{{ cents_to| }}"));
        assertEquals("cents_to", macro.prefix());
        assertEquals(null, macro.namespace());
        CursorContext.JinjaName qualified = assertInstanceOf(CursorContext.JinjaName.class, at("{{ dbt_utils.ge| }}"));
        assertEquals("dbt_utils", qualified.namespace());
        assertEquals("ge", qualified.prefix());
        assertEquals(true, assertInstanceOf(CursorContext.JinjaName.class, at("{%- i| %}")).tagStart());
        assertEquals(false, assertInstanceOf(CursorContext.JinjaName.class, at("{% if x and | %}")).tagStart());
        CursorContext.CallArgument config = assertInstanceOf(CursorContext.CallArgument.class, at("{{ config(mat|"));
        assertEquals("config", config.function());
    }

    @Test
    void sqlOutsideJinja() {
        CursorContext.QualifiedColumn column = assertInstanceOf(CursorContext.QualifiedColumn.class,
                at("{{ ref('a') }} select o.ord|"));
        assertEquals("o", column.qualifier());
        assertEquals("ord", column.prefix());
        assertInstanceOf(CursorContext.Sql.class, at("select |"));
        assertInstanceOf(CursorContext.Nothing.class, at("{# {{ ref('| #}"));
        assertInstanceOf(CursorContext.Nothing.class, at("select 1 -- o.|"));
        assertInstanceOf(CursorContext.Sql.class, at("{{ ref('a') }} |"));
    }

    @Test
    void yamlNamesKnowTheirSection() {
        assertInstanceOf(CursorContext.YamlModelName.class, at("models:\n  - name: st|", true));
        assertInstanceOf(CursorContext.YamlModelName.class, at("models:\n- name: x\n- name: |", true));
        CursorContext.YamlColumnName column = assertInstanceOf(CursorContext.YamlColumnName.class,
                at("models:\n  - name: orders\n    description: x\n    columns:\n      - name: a\n        tests: [unique]\n      - name: |", true));
        assertEquals("orders", column.model());
        CursorContext.YamlColumnName continued = assertInstanceOf(CursorContext.YamlColumnName.class,
                at("models:\n  - description: d\n    name: m\n    columns:\n      - description: c\n        name: |", true));
        assertEquals("m", continued.model());
        assertInstanceOf(CursorContext.Nothing.class, at("sources:\n  - name: |", true));
        assertInstanceOf(CursorContext.Nothing.class,
                at("sources:\n  - name: raw\n    tables:\n      - name: t\n        columns:\n          - name: |", true));
        assertInstanceOf(CursorContext.Nothing.class, at("models:\n  - name: x\n    description: |", true));
    }

    @Test
    void callScannerReadsLiteralArgumentsAndStopsAtBrokenCalls() {
        List<TemplateCalls.Call> calls = TemplateCalls.find(
                "{{ ref('a', v=2) }} {{ source(\"s\", 't') }} {{ ref('b' }} x.ref('no') {{ ref('c') }}",
                TemplateCalls.NAMING_FUNCTIONS);
        assertEquals(List.of("ref", "source", "ref", "ref"), calls.stream().map(TemplateCalls.Call::function).toList());
        assertEquals("2", calls.get(0).keyword("v").orElseThrow().value());
        assertEquals(List.of("s", "t"), calls.get(1).positional().stream().map(TemplateCalls.Argument::value).toList());
        assertEquals("b", calls.get(2).positional().get(0).value());
        assertEquals("c", calls.get(3).positional().get(0).value(), "a broken call does not swallow the next one");
    }
}
