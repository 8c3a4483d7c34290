package dev.modelsense.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invariants every source map keeps, whatever the input. */
final class SourceMapAssertions {
    private SourceMapAssertions() {
    }

    static void assertConsistent(String raw, String rendered, SourceMap map) {
        int coveredTo = 0;
        int lastStart = 0;
        for (SourceMap.Segment segment : map.segments()) {
            assertTrue(segment.rawStart() >= 0 && segment.rawStart() <= segment.rawEnd()
                    && segment.rawEnd() <= raw.length(), "raw bounds of " + segment);
            assertTrue(segment.renderedStart() >= lastStart, "segments in rendered order: " + segment);
            lastStart = segment.renderedStart();
            if (segment.renderedEnd() > segment.renderedStart()) {
                assertEquals(coveredTo, segment.renderedStart(), "segments tile the rendered text: " + segment);
                coveredTo = segment.renderedEnd();
            }
            if (segment.verbatim()) {
                assertEquals(raw.substring(segment.rawStart(), segment.rawEnd()),
                        rendered.substring(segment.renderedStart(), segment.renderedEnd()), "verbatim " + segment);
            }
        }
        assertEquals(rendered.length(), coveredTo, "segments reach the end of the rendered text");
        int step = Math.max(1, rendered.length() / 2_000);
        for (int offset = 0; offset <= rendered.length(); offset += step) {
            int mapped = map.toRaw(offset);
            assertTrue(mapped >= 0 && mapped <= raw.length(), "toRaw(" + offset + ") = " + mapped);
        }
    }
}
