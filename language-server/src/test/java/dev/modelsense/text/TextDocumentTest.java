package dev.modelsense.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextDocumentTest {
    private static final String URI = "file:///p/models/orders.sql";

    private static TextDocument doc(String text) {
        return new TextDocument(URI, 1, text);
    }

    private static TextEdit edit(int sl, int sc, int el, int ec, String text) {
        return new TextEdit(Range.of(sl, sc, el, ec), text);
    }

    @Test
    void insertsAtAPosition() {
        TextDocument changed = doc("select 1\nfrom t").apply(List.of(edit(1, 5, 1, 5, "raw.")), 2);
        assertEquals("select 1\nfrom raw.t", changed.text());
        assertEquals(2, changed.version());
        assertEquals(URI, changed.uri());
    }

    @Test
    void deletesAcrossLines() {
        TextDocument changed = doc("a\nbb\r\nccc\nd").apply(List.of(edit(0, 1, 2, 2, "")), 2);
        assertEquals("ac\nd", changed.text());
        assertEquals(2, changed.lines().lineCount());
    }

    @Test
    void replacesAcrossLinesWithNewLines() {
        TextDocument changed = doc("select\n  a,\n  b\nfrom t").apply(List.of(edit(1, 2, 2, 3, "x\r\n  y\n  z")), 5);
        assertEquals("select\n  x\r\n  y\n  z\nfrom t", changed.text());
        assertLinesMatchFreshIndex(changed);
    }

    @Test
    void nullRangeReplacesTheWholeDocument() {
        TextDocument changed = doc("old\ntext").apply(List.of(TextEdit.replaceAll("new")), 3);
        assertEquals("new", changed.text());
        assertEquals(1, changed.lines().lineCount());
    }

    @Test
    void changesApplyInOrderEachAgainstThePreviousResult() {
        // LSP: the second range refers to the text after the first change.
        TextDocument changed = doc("abc").apply(List.of(
                edit(0, 0, 0, 0, "1\n"),
                edit(1, 3, 1, 3, "!"),
                TextEdit.replaceAll("x\ny"),
                edit(1, 0, 1, 1, "z")), 2);
        assertEquals("x\nz", changed.text());
    }

    @Test
    void editingNextToACarriageReturnJoinsOrSplitsCrlf() {
        TextDocument joined = doc("a\rb").apply(List.of(edit(1, 0, 1, 0, "\n")), 2);
        assertEquals("a\r\nb", joined.text());
        assertEquals(2, joined.lines().lineCount());
        assertLinesMatchFreshIndex(joined);

        TextDocument split = doc("a\r\nb").apply(List.of(new TextEdit(Range.of(0, 1, 1, 0), "\rx\r")), 2);
        assertEquals("a\rx\rb", split.text());
        assertLinesMatchFreshIndex(split);

        TextDocument lfRemoved = doc("ab\r\ncd").apply(List.of(TextEdit.insert(new Position(0, 2), "\r")), 2);
        assertEquals("ab\r\r\ncd", lfRemoved.text());
        assertLinesMatchFreshIndex(lfRemoved);
    }

    @Test
    void outOfRangeAndReversedRangesAreTolerated() {
        TextDocument changed = doc("ab\ncd").apply(List.of(edit(1, 1, 0, 1, "-")), 2);
        assertEquals("a-d", changed.text());
        TextDocument appended = doc("ab").apply(List.of(edit(7, 0, 9, 0, "!")), 3);
        assertEquals("ab!", appended.text());
    }

    @Test
    void twoHundredRandomEditsEqualTheTextBuiltByHand() {
        Random random = new Random(42);
        String[] pieces = {"", "x", "select ", "\n", "\r\n", "\r", "{{ ref('orders') }}", "🦆", "a\nb\r\nc"};
        StringBuilder expected = new StringBuilder("with source as (\n  select * from raw\n)\r\nselect 1\n");
        TextDocument document = doc(expected.toString());
        List<TextEdit> batch = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            LineIndex before = LineIndex.of(expected.toString());
            int a = random.nextInt(expected.length() + 1);
            int b = Math.min(expected.length(), a + random.nextInt(6));
            String inserted = pieces[random.nextInt(pieces.length)];
            TextEdit change = new TextEdit(before.rangeOf(a, b), inserted);
            // Offsets inside a CRLF clamp before it; mirror that in the expected text.
            int start = before.offsetAt(change.range().start());
            int end = before.offsetAt(change.range().end());
            expected.replace(start, end, inserted);
            batch.add(change);
            if (random.nextInt(4) == 0) {
                document = document.apply(batch, document.version() + 1);
                batch.clear();
                assertEquals(expected.toString(), document.text(), "after edit " + i);
                assertLinesMatchFreshIndex(document);
            }
        }
        document = document.apply(batch, document.version() + 1);
        assertEquals(expected.toString(), document.text());
        assertLinesMatchFreshIndex(document);
    }

    @Test
    void wordAtIncludesDotsAndUnderscores() {
        TextDocument document = doc("select * from {{ source('jaffle', 'orders') }}\njoin dbt_utils.star_x as s");
        assertEquals("source", document.wordAt(new Position(0, 19)));
        assertEquals("dbt_utils.star_x", document.wordAt(new Position(1, 8)));
        assertEquals("dbt_utils.star_x", document.wordAt(new Position(1, 21)), "cursor just after the word");
        assertEquals("", document.wordAt(new Position(0, 8)), "spaces on both sides");
        assertEquals(Range.of(1, 5, 1, 21), document.wordRangeAt(new Position(1, 10)).orElseThrow());
    }

    @Test
    void wordAtTrimsDotsAtTheEnds() {
        TextDocument document = doc("x = model.");
        assertEquals("model", document.wordAt(new Position(0, 10)));
        assertEquals("", doc(".").wordAt(new Position(0, 0)));
    }

    private static void assertLinesMatchFreshIndex(TextDocument document) {
        LineIndex fresh = LineIndex.of(document.text());
        LineIndex incremental = document.lines();
        assertEquals(fresh.lineCount(), incremental.lineCount());
        assertArrayEquals(
                IntStream.range(0, fresh.lineCount()).map(fresh::lineStart).toArray(),
                IntStream.range(0, incremental.lineCount()).map(incremental::lineStart).toArray());
    }
}
