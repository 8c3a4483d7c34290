package dev.modelsense.text;

import static dev.modelsense.text.SourceMapAssertions.assertConsistent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Realistic dbt models and the text dbt renders for them. Jinja runs with dbt's settings (dbt-common's
 * {@code get_environment}: default delimiters, no trim_blocks or lstrip_blocks, so one trailing newline of the
 * template is dropped and only {@code -} markers trim whitespace).
 */
class SourceMapTest {

    private static final String REF_MODEL = """
            {{ config(materialized='table') }}

            select
                o.order_id,
                o.amount
            from {{ ref('orders') }} as o
            where o.status = 'done'
            """;
    private static final String REF_MODEL_COMPILED = """


            select
                o.order_id,
                o.amount
            from "analytics"."dbt_dev"."orders" as o
            where o.status = 'done'""";

    @Test
    void offsetInsideRefOutputMapsIntoTheRefExpression() {
        SourceMap map = SourceMap.align(REF_MODEL, REF_MODEL_COMPILED);
        int tagStart = REF_MODEL.indexOf("{{ ref('orders') }}");
        int tagEnd = tagStart + "{{ ref('orders') }}".length();
        int relation = REF_MODEL_COMPILED.indexOf("\"analytics\"");
        for (int offset = relation; offset < relation + "\"analytics\".\"dbt_dev\".\"orders\"".length(); offset++) {
            int raw = map.toRaw(offset);
            assertTrue(raw >= tagStart && raw < tagEnd, "offset " + offset + " mapped to " + raw);
        }
        assertEquals(REF_MODEL.indexOf("ref('orders')"), map.toRaw(REF_MODEL_COMPILED.indexOf("dbt_dev")));
        assertConsistent(REF_MODEL, REF_MODEL_COMPILED, map);
    }

    @Test
    void verbatimSqlMapsCharacterForCharacter() {
        SourceMap map = SourceMap.align(REF_MODEL, REF_MODEL_COMPILED);
        assertMapsExactly(map, REF_MODEL, REF_MODEL_COMPILED, "select\n    o.order_id,\n    o.amount\nfrom ");
        assertMapsExactly(map, REF_MODEL, REF_MODEL_COMPILED, " as o\nwhere o.status = 'done'");
    }

    @Test
    void rangeInsideRefOutputCoversTheWholeExpression() {
        SourceMap map = SourceMap.align(REF_MODEL, REF_MODEL_COMPILED);
        LineIndex rawLines = LineIndex.of(REF_MODEL);
        int relation = REF_MODEL_COMPILED.indexOf("\"dbt_dev\"");
        Range range = map.toRawRange(relation, relation + 9, rawLines);
        assertEquals(Range.of(5, 5, 5, 24), range, "{{ ref('orders') }} on line 6");
        assertEquals(range, map.toRawRange(relation, relation, rawLines), "an empty span widens to the tag too");
        Range exact = map.toRawRange(REF_MODEL_COMPILED.indexOf("o.status"), REF_MODEL_COMPILED.indexOf(" = 'done'"),
                rawLines);
        assertEquals(Range.of(6, 6, 6, 14), exact);
    }

    @Test
    void removedConfigBlockKeepsAnEmptyRenderedSegment() {
        SourceMap map = SourceMap.align(REF_MODEL, REF_MODEL_COMPILED);
        SourceMap.Segment first = map.segments().get(0);
        assertEquals(new SourceMap.Segment(0, "{{ config(materialized='table') }}".length(), 0, 0, false), first);
        assertEquals(REF_MODEL.indexOf("select"), map.toRaw(REF_MODEL_COMPILED.indexOf("select")));
    }

    @Test
    void rawOffsetsMapToWhereTheirTextWasCopied() {
        SourceMap map = SourceMap.align(REF_MODEL, REF_MODEL_COMPILED);
        assertEquals(Optional.of(REF_MODEL_COMPILED.indexOf("where")), map.toRendered(REF_MODEL.indexOf("where")));
        assertEquals(Optional.empty(), map.toRendered(REF_MODEL.indexOf("'orders'")), "inside a tag");
        assertEquals(Optional.empty(), map.toRendered(-1));
        assertEquals(Optional.empty(), map.toRendered(REF_MODEL.length() + 1));
    }

    @Test
    void whitespaceTrimmedByDashMarkersStillAligns() {
        String raw = """
                select
                    id,
                    {%- if var('include_email', true) %}
                    email,
                    {%- endif %}
                    created_at
                from {{ source('crm', 'users') }}
                """;
        String compiled = """
                select
                    id,
                    email,
                    created_at
                from "raw"."crm"."users\"""";
        SourceMap map = SourceMap.align(raw, compiled);
        assertMapsExactly(map, raw, compiled, "email,");
        assertMapsExactly(map, raw, compiled, "created_at\nfrom ");
        int source = raw.indexOf("{{ source");
        int mapped = map.toRaw(compiled.indexOf("\"crm\""));
        assertTrue(mapped > source && mapped < raw.indexOf("}}", source), "inside the source() call: " + mapped);
        assertConsistent(raw, compiled, map);
    }

    private static final String PIVOT_MODEL = """
            {% set payment_methods = ['credit_card', 'coupon', 'bank_transfer'] %}

            select
                order_id,
                {% for method in payment_methods -%}
                sum(case when payment_method = '{{ method }}' then amount else 0 end) as {{ method }}_amount
                {%- if not loop.last %},{% endif %}
                {% endfor %}
            from {{ ref('stg_payments') }}
            group by 1
            """;
    private static final String PIVOT_COMPILED = "\n\nselect\n    order_id,\n    "
            + "sum(case when payment_method = 'credit_card' then amount else 0 end) as credit_card_amount,\n    "
            + "sum(case when payment_method = 'coupon' then amount else 0 end) as coupon_amount,\n    "
            + "sum(case when payment_method = 'bank_transfer' then amount else 0 end) as bank_transfer_amount\n    "
            + "\nfrom \"db\".\"dev\".\"stg_payments\"\ngroup by 1";

    @Test
    void everyLoopRepetitionMapsBackToTheLoopBody() {
        SourceMap map = SourceMap.align(PIVOT_MODEL, PIVOT_COMPILED);
        int body = PIVOT_MODEL.indexOf("sum(case");
        int bodyLength = "sum(case when payment_method = '".length();
        for (int from = PIVOT_COMPILED.indexOf("sum(case"); from >= 0;
                from = PIVOT_COMPILED.indexOf("sum(case", from + 1)) {
            for (int k = 0; k < bodyLength; k++) {
                assertEquals(body + k, map.toRaw(from + k), "repetition at " + from + ", character " + k);
            }
        }
        int thenAmount = PIVOT_MODEL.indexOf("' then amount");
        assertEquals(thenAmount, map.toRaw(PIVOT_COMPILED.lastIndexOf("' then amount")));
        assertConsistent(PIVOT_MODEL, PIVOT_COMPILED, map);
    }

    @Test
    void loopVariableOutputMapsToItsExpressionInEachRepetition() {
        SourceMap map = SourceMap.align(PIVOT_MODEL, PIVOT_COMPILED);
        int firstMethod = PIVOT_MODEL.indexOf("{{ method }}");
        int secondMethod = PIVOT_MODEL.indexOf("{{ method }}", firstMethod + 1);
        assertEquals(firstMethod + 3, map.toRaw(PIVOT_COMPILED.indexOf("'coupon'") + 1));
        assertEquals(secondMethod + 3, map.toRaw(PIVOT_COMPILED.indexOf("coupon_amount")));
        assertEquals(PIVOT_MODEL.indexOf("_amount"), map.toRaw(PIVOT_COMPILED.indexOf("_amount,\n    sum(case")));
        assertEquals(secondMethod + 3, map.toRaw(PIVOT_COMPILED.indexOf("bank_transfer_amount")));
    }

    @Test
    void loopBodyTextMapsToItsFirstCopy() {
        SourceMap map = SourceMap.align(PIVOT_MODEL, PIVOT_COMPILED);
        assertEquals(Optional.of(PIVOT_COMPILED.indexOf("sum(case")), map.toRendered(PIVOT_MODEL.indexOf("sum(case")));
        assertEquals(Optional.of(PIVOT_COMPILED.indexOf("group by")), map.toRendered(PIVOT_MODEL.indexOf("group by")));
    }

    @Test
    void columnListLoopMapsEveryColumnToTheLoopVariable() {
        String raw = "select {% for c in cols %}{{ c }}{% if not loop.last %}, {% endif %}{% endfor %} from t";
        String compiled = "select id, name, email from t";
        SourceMap map = SourceMap.align(raw, compiled);
        int expression = raw.indexOf("{{ c }}") + 3;
        assertEquals(expression, map.toRaw(compiled.indexOf("id")));
        assertEquals(expression, map.toRaw(compiled.indexOf("name")));
        assertEquals(expression, map.toRaw(compiled.indexOf("email")), "the last repetition too");
        assertEquals(raw.indexOf(" from t"), map.toRaw(compiled.indexOf(" from t")));
        assertConsistent(raw, compiled, map);
    }

    @Test
    void nestedLoopsMapInnerRepetitionsToTheInnerBody() {
        String raw = """
                {% for t in tables %}
                select {% for c in cols %}{{ c }}_{{ t }}{% if not loop.last %}, {% endif %}{% endfor %} from {{ t }}
                {% if not loop.last %}union all{% endif %}
                {% endfor %}""";
        String compiled = "\nselect a_x, b_x from x\nunion all\n\nselect a_y, b_y from y\n\n";
        SourceMap map = SourceMap.align(raw, compiled);
        int columnExpression = raw.indexOf("{{ c }}") + 3;
        int tableExpression = raw.indexOf("{{ t }}") + 3;
        assertEquals(columnExpression, map.toRaw(compiled.indexOf("b_y")));
        assertEquals(raw.indexOf(" from "), map.toRaw(compiled.lastIndexOf(" from ")));
        assertEquals(raw.lastIndexOf("{{ t }}") + 3, map.toRaw(compiled.lastIndexOf("y\n")));
        assertEquals(raw.indexOf("select"), map.toRaw(compiled.lastIndexOf("select")));
        assertTrue(map.toRaw(compiled.indexOf("a_x")) == columnExpression
                || map.toRaw(compiled.indexOf("a_x")) == tableExpression);
        assertConsistent(raw, compiled, map);
    }

    @Test
    void onlyTheTakenBranchOfAnIfIsMapped() {
        String raw = """
                select id, updated_at
                from {{ ref('events') }}
                {% if is_incremental() %}
                where updated_at > (select max(updated_at) from {{ this }})
                {% else %}
                where updated_at > '2020-01-01'
                {% endif %}
                """;
        String compiled = """
                select id, updated_at
                from "db"."dev"."events"

                where updated_at > (select max(updated_at) from "db"."dev"."sessions")
                """;
        SourceMap map = SourceMap.align(raw, compiled);
        assertMapsExactly(map, raw, compiled, "where updated_at > (select max(updated_at) from ");
        assertEquals(raw.indexOf("this }}"), map.toRaw(compiled.indexOf("\"sessions\"")));
        assertEquals(Optional.empty(), map.toRendered(raw.indexOf("'2020-01-01'")), "the branch not taken");
        assertConsistent(raw, compiled, map);
    }

    @Test
    void macroExpandingToSeveralLinesMapsToTheMacroCall() {
        String raw = """
                select
                    {{ dbt_utils.star(from=ref('customers'), except=['_loaded_at']) }},
                    {{ cents_to_dollars('amount_cents') }} as amount
                from {{ ref('customers') }}
                """;
        String compiled = """
                select
                    "customer_id",
                  "first_name",
                  "last_name",
                  "email",
                    (amount_cents / 100)::numeric(16, 2) as amount
                from "db"."dev"."customers\"""";
        SourceMap map = SourceMap.align(raw, compiled);
        int star = raw.indexOf("{{ dbt_utils.star");
        assertEquals(star + 3, map.toRaw(compiled.indexOf("email")));
        assertEquals(star + 3, map.toRaw(compiled.indexOf("\"customer_id\"")));
        LineIndex rawLines = LineIndex.of(raw);
        Range lastName = map.toRawRange(compiled.indexOf("\"last_name\""), compiled.indexOf("\"last_name\"") + 11,
                rawLines);
        assertEquals(rawLines.rangeOf(star, raw.indexOf("}},") + 2), lastName);
        int cents = raw.indexOf("{{ cents_to_dollars");
        assertEquals(cents + 3, map.toRaw(compiled.indexOf("::numeric")));
        assertMapsExactly(map, raw, compiled, " as amount\nfrom ");
        assertConsistent(raw, compiled, map);
    }

    @Test
    void rawBlocksAndCommentsAreHandledLikeJinja() {
        String raw = "{# audit: keep in sync #}\nselect '{% raw %}{{ not_a_tag }}{% endraw %}' as literal,\n"
                + "       {{ var('n') }} as n";
        String compiled = "\nselect '{{ not_a_tag }}' as literal,\n       42 as n";
        SourceMap map = SourceMap.align(raw, compiled);
        assertMapsExactly(map, raw, compiled, "{{ not_a_tag }}");
        assertEquals(raw.indexOf("var('n')"), map.toRaw(compiled.indexOf("42")));
        assertConsistent(raw, compiled, map);
    }

    @Test
    void crlfTemplatesMapToTheRightLineAndColumn() {
        String raw = "select\r\n  a,\r\n  {{ b }}\r\nfrom {{ ref('t') }}\r\nwhere a > 1\r\n";
        String compiled = "select\r\n  a,\r\n  b_col\r\nfrom \"s\".\"t\"\r\nwhere a > 1";
        SourceMap map = SourceMap.align(raw, compiled);
        LineIndex rawLines = LineIndex.of(raw);
        int gt = compiled.indexOf('>');
        assertEquals(Range.of(4, 8, 4, 9), map.toRawRange(gt, gt + 1, rawLines));
        assertEquals(Range.of(2, 2, 2, 9), map.toRawRange(compiled.indexOf("b_col"), compiled.indexOf("b_col") + 1,
                rawLines));
        assertConsistent(raw, compiled, map);
    }

    @Test
    void identicalTextsMapAsOneVerbatimSegment() {
        String sql = "select 1 as x\nunion all\nselect 2";
        SourceMap map = SourceMap.align(sql, sql);
        assertEquals(1, map.segments().size());
        assertTrue(map.segments().get(0).verbatim());
        assertEquals(17, map.toRaw(17));
        assertEquals(sql.length(), map.toRaw(sql.length()));
    }

    @Test
    void emptyTextsAndOutOfRangeOffsetsAreHarmless() {
        SourceMap empty = SourceMap.align("", "");
        assertEquals(0, empty.toRaw(5));
        assertEquals(Optional.empty(), empty.toRendered(0));
        SourceMap onlyTags = SourceMap.align("{{ a }}{{ b }}", "");
        assertEquals(0, onlyTags.toRaw(0));
        SourceMap map = SourceMap.align("select {{ x }}", "select 1");
        assertEquals(0, map.toRaw(-10));
        assertFalse(map.segments().isEmpty());
        assertEquals(Range.of(0, 0, 0, 0), map.toRawRange(-3, -1, LineIndex.of("select {{ x }}")));
    }

    private static void assertMapsExactly(SourceMap map, String raw, String compiled, String snippet) {
        int rawAt = raw.indexOf(snippet);
        int compiledAt = compiled.indexOf(snippet);
        assertTrue(rawAt >= 0 && compiledAt >= 0, "snippet in both texts: " + snippet);
        for (int k = 0; k < snippet.length(); k++) {
            assertEquals(rawAt + k, map.toRaw(compiledAt + k), "character " + k + " of " + snippet);
            assertEquals(Optional.of(compiledAt + k), map.toRendered(rawAt + k), "back from character " + k);
        }
    }
}
