package dev.modelsense.text;

import static dev.modelsense.text.SourceMapAssertions.assertConsistent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Large and hostile inputs finish and keep the map's invariants; timings are printed, never asserted. */
class SourceMapScaleTest {

    @Test
    void twoThousandLineModelAlignsPrecisely() {
        StringBuilder raw = new StringBuilder("{{ config(materialized='incremental') }}\nselect\n");
        StringBuilder rendered = new StringBuilder("\nselect\n");
        for (int i = 0; i < 2_000; i++) {
            if (i % 10 == 0) {
                raw.append("    {{ cents_to_dollars('c").append(i).append("') }} as d").append(i).append(",\n");
                rendered.append("    (c").append(i).append(" / 100)::numeric(16, 2) as d").append(i).append(",\n");
            } else {
                raw.append("    coalesce(col_").append(i).append(", 0) as col_").append(i).append(",\n");
                rendered.append("    coalesce(col_").append(i).append(", 0) as col_").append(i).append(",\n");
            }
        }
        raw.append("    1 as one\nfrom {{ ref('wide_source') }}\n");
        rendered.append("    1 as one\nfrom \"db\".\"dev\".\"wide_source\"");
        SourceMap map = timed("2,000-line model", raw.toString(), rendered.toString());
        String r = rendered.toString();
        String t = raw.toString();
        assertEquals(t.indexOf("coalesce(col_1555"), map.toRaw(r.indexOf("coalesce(col_1555")));
        assertEquals(t.indexOf("cents_to_dollars('c1550')"), map.toRaw(r.indexOf("(c1550 / 100)") + 3));
        assertConsistent(t, r, map);
    }

    @Test
    void fiveMegabyteModelFallsBackToLinesWithoutHanging() {
        StringBuilder raw = new StringBuilder();
        StringBuilder rendered = new StringBuilder();
        for (int i = 0; raw.length() < 5_000_000; i++) {
            raw.append("select ").append(i).append(" as id, '{{ var(\"v\") }}' as v from {{ ref('t").append(i % 97)
                    .append("') }}\nunion all\n");
            rendered.append("select ").append(i).append(" as id, 'x' as v from \"db\".\"s\".\"t").append(i % 97)
                    .append("\"\nunion all\n");
        }
        SourceMap map = timed("5 MB model", raw.toString(), rendered.toString());
        String r = rendered.toString();
        String t = raw.toString();
        int lastUnion = r.lastIndexOf("union all");
        assertEquals(t.lastIndexOf("union all"), map.toRaw(lastUnion), "whole lines still map exactly");
        assertConsistent(t, r, map);
    }

    @Test
    void loopRepeatedTensOfThousandsOfTimesFinishes() {
        String raw = "select\n{% for i in range(40000) %}  {{ i }} as c{{ i }},\n{% endfor %}  0 as z";
        StringBuilder rendered = new StringBuilder("select\n");
        for (int i = 0; i < 40_000; i++) {
            rendered.append("  ").append(i).append(" as c").append(i).append(",\n");
        }
        rendered.append("  0 as z");
        SourceMap map = timed("40,000 loop repetitions", raw, rendered.toString());
        String r = rendered.toString();
        int late = r.indexOf(" as c39999");
        assertEquals(raw.indexOf(" as c"), map.toRaw(late), "a late repetition still maps to the body");
        assertConsistent(raw, r, map);
    }

    @Test
    void unrelatedTextsOfAMegabyteEachFinish() {
        Random random = new Random(3);
        String raw = randomSql(random, 1_000_000);
        String rendered = randomSql(random, 1_000_000);
        SourceMap map = timed("1 MB vs unrelated 1 MB", raw, rendered);
        assertConsistent(raw, rendered, map);
    }

    @Test
    void oneRepeatedTokenEverywhereFinishes() {
        String raw = "a ".repeat(300_000) + "{{ x }}" + "a ".repeat(300_000);
        String rendered = "a ".repeat(700_000);
        SourceMap map = timed("600k identical tokens", raw, rendered);
        assertConsistent(raw, rendered, map);
    }

    @Test
    void brokenTemplatesAndRandomInputsNeverThrow() {
        Random random = new Random(11);
        String[] pieces = {"{{", "}}", "{%", "%}", "{#", "#}", "-", "'", "\"", "for x in y", "endfor", "raw",
            "endraw", "select", " ", "\n", "\r\n", "a", ",", "🦆", "{% for c in cols %}", "{% endfor %}", "{{ c }}"};
        for (int round = 0; round < 2_000; round++) {
            String raw = randomFrom(random, pieces, random.nextInt(40));
            String rendered = randomFrom(random, pieces, random.nextInt(40));
            SourceMap map = SourceMap.align(raw, rendered);
            assertConsistent(raw, rendered, map);
            for (int offset = -1; offset <= raw.length() + 1; offset++) {
                map.toRendered(offset).ifPresent(found ->
                        assertTrue(found >= 0 && found <= rendered.length(), "toRendered in range"));
            }
            map.toRawRange(random.nextInt(rendered.length() + 2) - 1, random.nextInt(rendered.length() + 2) - 1,
                    LineIndex.of(raw));
        }
        assertConsistent("", "", SourceMap.align(null, null));
    }

    private static SourceMap timed(String label, String raw, String rendered) {
        SourceMap.align(raw, rendered); // warm up the JIT so the printed time means something
        long start = System.nanoTime();
        SourceMap map = SourceMap.align(raw, rendered);
        long micros = (System.nanoTime() - start) / 1_000;
        System.out.printf("SourceMap.align %s (%,d + %,d chars): %,d µs, %,d segments%n",
                label, raw.length(), rendered.length(), micros, map.segments().size());
        return map;
    }

    private static String randomFrom(Random random, String[] pieces, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    private static String randomSql(Random random, int length) {
        String[] words = {"select", "from", "where", "and", "or", "(", ")", ",", " ", "\n", "a", "b", "sum", "1",
            "{{ x }}", "'s'", "{% if y %}", "{% endif %}"};
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }
}
