package dev.modelsense.lsp;

import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Range;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemRangesTest {

    private static final LineIndex TEXT = LineIndex.of("select *\nfrom {{ ref('stg_ordrs') }}\n   \n  where x");

    @Test
    void aWordRunsToItsEnd() {
        assertEquals(Range.of(1, 8, 1, 11), ProblemRanges.rangeAt(TEXT, 1, 8));
        assertEquals(Range.of(0, 0, 0, 6), ProblemRanges.rangeAt(TEXT, 0, 0));
    }

    @Test
    void aQuotedStringRunsToItsClosingQuote() {
        assertEquals(Range.of(1, 12, 1, 23), ProblemRanges.rangeAt(TEXT, 1, 12));
    }

    @Test
    void punctuationRunsToTheNextWordOrSpace() {
        assertEquals(Range.of(1, 5, 1, 7), ProblemRanges.rangeAt(TEXT, 1, 5));
    }

    @Test
    void blankSpaceCoversTheRestOfTheLine() {
        assertEquals(Range.of(3, 0, 3, 9), ProblemRanges.rangeAt(TEXT, 3, 0));
        assertEquals(Range.of(0, 6, 0, 8), ProblemRanges.rangeAt(TEXT, 0, 6));
    }

    @Test
    void positionsOutsideTheTextClamp() {
        // a column past the line's end points at the line: the whole line is marked
        assertEquals(Range.of(0, 0, 0, 8), ProblemRanges.rangeAt(TEXT, 0, 40));
        assertEquals(Range.of(2, 0, 2, 0), ProblemRanges.rangeAt(TEXT, 2, 1));
        assertEquals(Range.of(3, 9, 3, 9), ProblemRanges.rangeAt(TEXT, 9, 0));
    }
}
