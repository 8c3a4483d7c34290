package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour of dbt-common's dbt_common/clients/_jinja_blocks.py (TagIterator, BlockIterator). */
class BlockSplitterTest {

    @Test
    void splitsOneMacroWithItsOffsetsAndLine() {
        String text = "-- header\n{% macro cents(col) %}\n  {{ col }} / 100\n{% endmacro %}\n";
        TopLevelBlock block = single(text);

        assertEquals("macro", block.kind());
        assertEquals("cents", block.name());
        assertEquals("\n  {{ col }} / 100\n", block.contents());
        assertEquals("{% macro cents(col) %}\n  {{ col }} / 100\n{% endmacro %}", block.fullBlock());
        assertEquals(text.indexOf("{% macro"), block.startOffset());
        assertEquals(text.indexOf("\n  {{"), block.contentsOffset());
        assertEquals(text.indexOf("{% endmacro %}") + "{% endmacro %}".length(), block.endOffset());
        assertEquals(block.fullBlock(), text.substring(block.startOffset(), block.endOffset()));
        assertEquals(block.contents(), text.substring(block.contentsOffset(),
                block.contentsOffset() + block.contents().length()));
        assertEquals(1, block.line());
    }

    @Test
    void findsEveryDbtBlockKindAndSkipsTextBetween() {
        String text = """
                {% docs orders %}Orders, one row per order.{% enddocs %}
                select 1
                {% materialization table, adapter='duckdb' %}{{ return({'relations': []}) }}{% endmaterialization %}
                {% test positive(model, column_name) %}select 1{% endtest %}
                {% data_test even(model) %}select 2{% enddata_test %}
                {% snapshot orders_snapshot %}select * from t{% endsnapshot %}
                """;
        List<TopLevelBlock> blocks = BlockSplitter.split(text);

        assertEquals(List.of("docs", "materialization", "test", "data_test", "snapshot"),
                blocks.stream().map(TopLevelBlock::kind).toList());
        assertEquals(List.of("orders", "table", "positive", "even", "orders_snapshot"),
                blocks.stream().map(TopLevelBlock::name).toList());
        assertEquals(List.of(0, 2, 3, 4, 5), blocks.stream().map(TopLevelBlock::line).toList());
        assertEquals("Orders, one row per order.", blocks.get(0).contents());
    }

    @Test
    void controlFlowSetAndCallInsideAMacroDoNotEndIt() {
        String text = """
                {% macro m(xs) %}
                  {% if xs %}{% for x in xs %}{{ x }}{% endfor %}{% endif %}
                  {% set sql %}select {% if true %}1{% endif %}{% endset %}
                  {% call statement('main') %}{{ sql }}{% endcall %}
                {% endmacro %}
                {% macro n() %}2{% endmacro %}""";
        List<TopLevelBlock> blocks = BlockSplitter.split(text);

        assertEquals(List.of("m", "n"), blocks.stream().map(TopLevelBlock::name).toList());
        assertTrue(blocks.get(0).contents().contains("{% endcall %}"));
    }

    @Test
    void whitespaceControlMarkersPullSurroundingWhitespaceIntoTheTags() {
        String text = "select 1\n  {%- macro m() -%}\n  body\n  {%- endmacro -%}\n  tail";
        TopLevelBlock block = single(text);

        // dbt's tag patterns start with \s*{%- and end with -%}\s*, so the whitespace belongs to the tags.
        assertEquals("\n  {%- macro m() -%}\n  body\n  {%- endmacro -%}\n  ", block.fullBlock());
        assertEquals("body", block.contents());
        assertEquals("select 1".length(), block.startOffset());
        assertEquals(1, block.line());
    }

    @Test
    void rawBlocksHideTags() {
        String text = """
                {% raw %}{% macro not_a_macro() %}{% endraw %}
                {% macro m() %}{% raw %}{% endmacro %}{% endraw %}x{% endmacro %}""";
        TopLevelBlock block = single(text);

        assertEquals("m", block.name());
        assertEquals("{% raw %}{% endmacro %}{% endraw %}x", block.contents());
    }

    @Test
    void commentsHideTags() {
        String text = "{# {% macro hidden() %} and %} #}\n{% macro m() %}{# {% endmacro %} #}1{% endmacro %}";
        TopLevelBlock block = single(text);

        assertEquals("m", block.name());
        assertEquals("{# {% endmacro %} #}1", block.contents());
    }

    @Test
    void stringsInTagArgumentsAndExpressionsHideClosingMarkers() {
        String text = """
                {% macro m(a='%}', b="say \\"%}\\"") %}
                {{ "}} {% endmacro %}" }}{% set s = '{% endmacro %}' %}
                {% endmacro %}""";
        TopLevelBlock block = single(text);

        assertEquals("m", block.name());
        assertEquals("\n{{ \"}} {% endmacro %}\" }}{% set s = '{% endmacro %}' %}\n", block.contents());
    }

    @Test
    void onlyTheRequestedKindsAreBlocks() {
        String text = "{% macro m() %}{% docs d %}x{% enddocs %}{% endmacro %}";

        TopLevelBlock docs = BlockSplitter.split(text, Set.of("docs")).get(0);
        assertEquals("d", docs.name());
        TopLevelBlock macro = BlockSplitter.split(text, Set.of("macro")).get(0);
        assertEquals("{% docs d %}x{% enddocs %}", macro.contents());
    }

    @Test
    void otherTopLevelTagsAndAStrayBlockEndAreIgnoredAsInDbt() {
        String text = "{% set x = 1 %}{% call foo() %}{% endcall %}{% endmacro %}\n{% macro m() %}{% endmacro %}";
        TopLevelBlock block = single(text);

        assertEquals("m", block.name());
        assertEquals(1, block.line());
    }

    @Test
    void aFileWithoutBlocksSplitsIntoNothing() {
        assertEquals(List.of(), BlockSplitter.split("select {{ ref('a') }} from b -- {% if %}\n{% endif %}"));
        assertEquals(List.of(), BlockSplitter.split(""));
    }

    @Test
    void unclosedBlockReportsTheLineDbtSearchedFrom() {
        BlockSyntaxException error = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("\n\n  {% macro m(\n a) %}\nselect 1\n"));

        assertEquals("Reached EOF without finding a close tag for macro (searched from line 4)", error.getMessage());
        assertEquals(2, error.line());
        assertEquals(2, error.column());
    }

    @Test
    void blockInsideControlFlowIsRejected() {
        BlockSyntaxException error = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("{% if x %}\n  {% macro m() %}{% endmacro %}\n{% endif %}"));

        assertEquals("Got a block definition inside control flow at 2:2. All dbt block definitions must be at"
                + " the top level", error.getMessage());
        assertEquals(1, error.line());
        assertEquals(2, error.column());
    }

    @Test
    void nestedBlocksReportBothStarts() {
        BlockSyntaxException error = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("{% macro a() %}\n{% macro b() %}{% endmacro %}"));

        assertEquals("Got nested tags: macro (started at 0) did not have a matching {% endmacro %} before a"
                + " subsequent macro was found (started at 16)", error.getMessage());
        assertEquals(1, error.line());
    }

    @Test
    void strayControlFlowEndIsRejected() {
        BlockSyntaxException error = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("{% macro m() %}\n  x {% endif %}{% endmacro %}"));

        assertEquals("Got an unexpected control flow end tag, got endif but never saw a preceeding if (@ 2:4)",
                error.getMessage());
        assertEquals(1, error.line());
        assertEquals(4, error.column());
    }

    @Test
    void mismatchedControlFlowEndIsRejected() {
        BlockSyntaxException error = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("{% macro m() %}{% if a %}{% endfor %}{% endmacro %}"));

        assertEquals("Got an unexpected control flow end tag, got endfor but expected endif next (@ 1:25)",
                error.getMessage());
    }

    @Test
    void unterminatedConstructsReportUnexpectedEof() {
        BlockSyntaxException expression = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("a\n  {{ x "));
        assertEquals("unexpected EOF, expected }}, got \"x \"", expression.getMessage());
        assertEquals(1, expression.line());
        assertEquals(2, expression.column());

        BlockSyntaxException comment = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("{# never closed"));
        assertEquals("unexpected EOF, expected #}, got \" never closed\"", comment.getMessage());

        BlockSyntaxException tag = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("{% macro m(a) "));
        assertEquals("unexpected EOF, expected tag close (\"%}\"), got \"(a) \"", tag.getMessage());

        BlockSyntaxException string = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("{% macro m(a='x) %}{% endmacro %}"));
        assertEquals("unexpected EOF, expected string, got \"'x) %}{% endmacro %}\"", string.getMessage());
        assertEquals(13, string.column());

        BlockSyntaxException raw = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("{% raw %} {% macro m() %}{% endmacro %}"));
        assertEquals("unexpected EOF, expected {% raw %}...{% endraw %}, got \"{% raw %} {% macro m() %}{% endmacro"
                + " %}\"", raw.getMessage());
    }

    @Test
    void positionsInMessagesCountCodePointsLikePython() {
        BlockSyntaxException error = assertThrows(BlockSyntaxException.class,
                () -> BlockSplitter.split("-- \uD83D\uDE00 {% endfor %}"));

        assertEquals("Got an unexpected control flow end tag, got endfor but never saw a preceeding for (@ 1:5)",
                error.getMessage());
        assertEquals(6, error.column());
    }

    @Test
    void largeFilesSplitWithoutRescanningFromEveryTag() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("{% macro m").append(i).append("(x) %}{% if x %}{{ x }}{% endif %}{% endmacro %}\n");
        }
        List<TopLevelBlock> blocks = BlockSplitter.split(text.toString());

        assertEquals(5_000, blocks.size());
        assertEquals("m4999", blocks.get(4_999).name());
        assertEquals(4_999, blocks.get(4_999).line());
    }

    @Test
    void everyBundledGlobalProjectFileSplitsIntoUniquelyNamedMacros() throws IOException {
        List<String> files = resource("modelsense/global_project/index.txt").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> names = new ArrayList<>();
        for (String file : files) {
            List<TopLevelBlock> blocks = BlockSplitter.split(resource("modelsense/global_project/" + file));
            assertTrue(!blocks.isEmpty(), file);
            blocks.forEach(block -> assertEquals("macro", block.kind(), file));
            blocks.forEach(block -> names.add(block.name()));
        }
        Set<String> unique = new HashSet<>(names);
        assertEquals(names.size(), unique.size(), "a macro is defined twice");
        // adapter.dispatch('x', 'dbt') needs a default__x to fall back on.
        for (String name : unique) {
            if (!name.contains("__") && !name.startsWith("_") && unique.stream().anyMatch(n -> n.endsWith("__" + name))) {
                assertTrue(unique.contains("default__" + name), "no default__" + name);
            }
        }
        assertTrue(unique.containsAll(List.of("dateadd", "datediff", "listagg", "split_part", "type_string")));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = BlockSplitterTest.class.getClassLoader().getResourceAsStream(path)) {
            assertTrue(in != null, "missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static TopLevelBlock single(String text) {
        List<TopLevelBlock> blocks = BlockSplitter.split(text);
        assertEquals(1, blocks.size(), () -> "blocks: " + blocks);
        return blocks.get(0);
    }
}
