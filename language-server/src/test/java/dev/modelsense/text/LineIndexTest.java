package dev.modelsense.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void emptyTextHasOneEmptyLine() {
        LineIndex index = LineIndex.of("");
        assertEquals(1, index.lineCount());
        assertEquals(0, index.lineEnd(0));
        assertEquals(new Position(0, 0), index.positionAt(0));
        assertEquals(0, index.offsetAt(new Position(3, 7)));
    }

    @Test
    void lfCrlfAndCrAreEachOneBreak() {
        LineIndex index = LineIndex.of("a\nbb\r\nccc\rd");
        assertEquals(4, index.lineCount());
        assertEquals(0, index.lineStart(0));
        assertEquals(2, index.lineStart(1));
        assertEquals(6, index.lineStart(2));
        assertEquals(10, index.lineStart(3));
        assertEquals(1, index.lineEnd(0));
        assertEquals(4, index.lineEnd(1));
        assertEquals(9, index.lineEnd(2));
        assertEquals(11, index.lineEnd(3));
        assertEquals("bb", index.lineText(1));
        assertEquals("ccc", index.lineText(2));
    }

    @Test
    void trailingBreakOpensAnEmptyLastLine() {
        LineIndex index = LineIndex.of("select 1\r\n");
        assertEquals(2, index.lineCount());
        assertEquals(new Position(1, 0), index.positionAt(10));
        assertEquals(10, index.offsetAt(new Position(1, 0)));
    }

    @Test
    void positionsAndOffsetsRoundTrip() {
        String text = "with a as (\r\n  select 1\r\n)\rselect *\nfrom a";
        LineIndex index = LineIndex.of(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            Position position = index.positionAt(offset);
            boolean insideCrlf = offset > 0 && text.charAt(offset - 1) == '\r'
                    && offset < text.length() && text.charAt(offset) == '\n';
            if (!insideCrlf) {
                assertEquals(offset, index.offsetAt(position), "offset " + offset);
            }
        }
    }

    @Test
    void charactersCountUtf16CodeUnits() {
        // 🦆 is one code point but two UTF-16 units, so "x" after it sits at character 3.
        String text = "a🦆x\n🦆";
        LineIndex index = LineIndex.of(text);
        assertEquals(new Position(0, 3), index.positionAt(text.indexOf('x')));
        assertEquals(text.indexOf('x'), index.offsetAt(new Position(0, 3)));
        assertEquals(new Position(1, 2), index.positionAt(text.length()));
        assertEquals(4, index.lineEnd(0));
    }

    @Test
    void pastEndPositionsClampLikeVsCode() {
        LineIndex index = LineIndex.of("ab\r\ncd");
        assertEquals(2, index.offsetAt(new Position(0, 99)), "past the line end stays before the CRLF");
        assertEquals(6, index.offsetAt(new Position(1, 99)));
        assertEquals(6, index.offsetAt(new Position(5, 0)), "past the last line is the end of text");
        assertEquals(new Position(1, 2), index.positionAt(1000));
        assertEquals(new Position(0, 0), index.positionAt(-5));
    }

    @Test
    void positionInsideCrlfClampsBeforeTheBreak() {
        LineIndex index = LineIndex.of("ab\r\ncd");
        assertEquals(2, index.offsetAt(new Position(0, 3)));
        assertEquals(new Position(0, 3), index.positionAt(3), "offset between CR and LF stays on the line");
    }

    @Test
    void incrementalIndexMatchesARescanAroundEveryKindOfBreak() {
        Random random = new Random(7);
        String[] pieces = {"", "x", "\n", "\r\n", "\r", "ab"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder builder = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                builder.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = builder.toString();
            int start = random.nextInt(text.length() + 1);
            int end = Math.min(text.length(), start + random.nextInt(4));
            String inserted = pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)];
            String updated = text.substring(0, start) + inserted + text.substring(end);
            LineIndex incremental = LineIndex.of(text).afterEdit(start, end, inserted, updated);
            LineIndex fresh = LineIndex.of(updated);
            String label = text.replace("\r", "\\r").replace("\n", "\\n") + " [" + start + "," + end + ")";
            assertEquals(fresh.lineCount(), incremental.lineCount(), label);
            for (int line = 0; line < fresh.lineCount(); line++) {
                assertEquals(fresh.lineStart(line), incremental.lineStart(line), label);
            }
        }
    }

    @Test
    void lineOutOfRangeIsAnError() {
        LineIndex index = LineIndex.of("a");
        assertThrows(IndexOutOfBoundsException.class, () -> index.lineStart(1));
        assertThrows(IndexOutOfBoundsException.class, () -> index.lineEnd(-1));
    }

    @Test
    void negativePositionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Position(-1, 0));
    }

    @Test
    void positionsOrderByLineThenCharacter() {
        assertEquals(-1, Integer.signum(new Position(0, 9).compareTo(new Position(1, 0))));
        assertEquals(1, Integer.signum(new Position(2, 1).compareTo(new Position(2, 0))));
        assertEquals(0, new Position(2, 1).compareTo(new Position(2, 1)));
    }
}
