package dev.modelsense.text;

import dev.modelsense.text.SourceMap.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns token matches into segments covering the rendered text in order. Matched tokens become verbatim
 * segments (merged while contiguous on both sides); an unmatched rendered run maps to the raw text between the
 * matches around it, after peeling off any characters it shares with the text at either end of that raw gap
 * (so {@code {{ col }}_total} rendered as {@code amount_total} keeps {@code _total} verbatim). Raw text that
 * produced nothing gets an empty rendered segment, which records where a removed config block went.
 */
final class SegmentBuilder {
    private final String raw;
    private final String rendered;
    private final TokenSequence rawTokens;
    private final TokenSequence renderedTokens;
    private final TemplateLayout layout;
    private final WorkBudget budget;
    private final List<Segment> segments = new ArrayList<>();

    private SegmentBuilder(String raw, String rendered, TokenSequence rawTokens, TokenSequence renderedTokens,
            TemplateLayout layout, WorkBudget budget) {
        this.raw = raw;
        this.rendered = rendered;
        this.rawTokens = rawTokens;
        this.renderedTokens = renderedTokens;
        this.layout = layout;
        this.budget = budget;
    }

    static List<Segment> build(String raw, String rendered, TokenSequence rawTokens, TokenSequence renderedTokens,
            int[] matchOfRendered, TemplateLayout layout, WorkBudget budget) {
        SegmentBuilder builder = new SegmentBuilder(raw, rendered, rawTokens, renderedTokens, layout, budget);
        builder.walk(matchOfRendered);
        return List.copyOf(builder.segments);
    }

    private void walk(int[] matchOfRendered) {
        int previousRaw = -1;
        int previousRendered = -1;
        for (int j = 0; j <= matchOfRendered.length; j++) {
            if (j < matchOfRendered.length && matchOfRendered[j] < 0) {
                continue;
            }
            int rawIndex = j == matchOfRendered.length ? rawTokens.size() : matchOfRendered[j];
            int renderedGapStart = previousRendered < 0 ? 0 : renderedTokens.ends()[previousRendered];
            int renderedGapEnd = j == matchOfRendered.length ? rendered.length() : renderedTokens.starts()[j];
            boolean forward = rawIndex > previousRaw;
            int rawGapStart = forward ? rawEnd(previousRaw) : rawEnd(rawIndex - 1);
            int rawGapEnd = rawStart(rawIndex);
            if (renderedGapEnd > renderedGapStart || (forward && rawGapEnd > rawGapStart)) {
                addGap(rawGapStart, rawGapEnd, renderedGapStart, renderedGapEnd);
            }
            if (j < matchOfRendered.length) {
                addVerbatim(rawTokens.starts()[rawIndex], renderedTokens.starts()[j],
                        renderedTokens.ends()[j] - renderedTokens.starts()[j]);
            }
            previousRaw = rawIndex;
            previousRendered = j;
        }
    }

    private int rawEnd(int token) {
        return token < 0 ? 0 : rawTokens.ends()[token];
    }

    private int rawStart(int token) {
        return token >= rawTokens.size() ? raw.length() : rawTokens.starts()[token];
    }

    private void addGap(int rawStart, int rawEnd, int renderedStart, int renderedEnd) {
        int leadingTextEnd = rawEnd;
        int trailingTextStart = rawStart;
        for (TemplateLayout.Tag tag : layout.tagsWithin(rawStart, rawEnd)) {
            leadingTextEnd = Math.min(leadingTextEnd, tag.start());
            trailingTextStart = Math.max(trailingTextStart, tag.end());
        }
        int prefix = commonPrefix(rawStart, leadingTextEnd, renderedStart, renderedEnd);
        int suffix = commonSuffix(Math.max(trailingTextStart, rawStart + prefix), rawEnd, renderedStart + prefix,
                renderedEnd);
        if (prefix > 0) {
            addVerbatim(rawStart, renderedStart, prefix);
        }
        addInterior(rawStart + prefix, rawEnd - suffix, renderedStart + prefix, renderedEnd - suffix);
        if (suffix > 0) {
            addVerbatim(rawEnd - suffix, renderedEnd - suffix, suffix);
        }
    }

    /**
     * Text between two tags inside a gap ({@code _total} in {@code {{ c }}_total{% if x %}}) is found in the
     * rendered gap when it is distinctive enough (two visible characters), splitting the gap around it. Only the
     * piece's core is searched: a {@code -} marker on either tag may have trimmed the whitespace around it.
     */
    private void addInterior(int rawStart, int rawEnd, int renderedStart, int renderedEnd) {
        List<TemplateLayout.Tag> inside = layout.tagsWithin(rawStart, rawEnd);
        int rawCursor = rawStart;
        int renderedCursor = renderedStart;
        for (int k = 0; k + 1 < inside.size(); k++) {
            int coreStart = inside.get(k).end();
            int coreEnd = inside.get(k + 1).start();
            while (coreStart < coreEnd && Character.isWhitespace(raw.charAt(coreStart))) {
                coreStart++;
            }
            while (coreEnd > coreStart && Character.isWhitespace(raw.charAt(coreEnd - 1))) {
                coreEnd--;
            }
            if (coreEnd - coreStart < 2 || !budget.spend(renderedEnd - renderedCursor)) {
                continue;
            }
            int found = find(coreStart, coreEnd, renderedCursor, renderedEnd);
            if (found >= 0) {
                addMapped(rawCursor, coreStart, renderedCursor, found);
                addVerbatim(coreStart, found, coreEnd - coreStart);
                rawCursor = coreEnd;
                renderedCursor = found + coreEnd - coreStart;
            }
        }
        addMapped(rawCursor, rawEnd, renderedCursor, renderedEnd);
    }

    private void addMapped(int rawStart, int rawEnd, int renderedStart, int renderedEnd) {
        if (renderedEnd > renderedStart || rawEnd > rawStart) {
            segments.add(new Segment(rawStart, rawEnd, renderedStart, renderedEnd, false));
        }
    }

    /** First place in rendered {@code [from, to)} holding raw {@code [pieceStart, pieceEnd)}, or -1. */
    private int find(int pieceStart, int pieceEnd, int from, int to) {
        int length = pieceEnd - pieceStart;
        for (int at = from; at + length <= to; at++) {
            if (rendered.regionMatches(at, raw, pieceStart, length)) {
                return at;
            }
        }
        return -1;
    }

    private int commonPrefix(int rawFrom, int rawTo, int renderedFrom, int renderedTo) {
        int length = 0;
        while (rawFrom + length < rawTo && renderedFrom + length < renderedTo
                && raw.charAt(rawFrom + length) == rendered.charAt(renderedFrom + length)) {
            length++;
        }
        return length;
    }

    private int commonSuffix(int rawFrom, int rawTo, int renderedFrom, int renderedTo) {
        int length = 0;
        while (rawTo - length > rawFrom && renderedTo - length > renderedFrom
                && raw.charAt(rawTo - length - 1) == rendered.charAt(renderedTo - length - 1)) {
            length++;
        }
        return length;
    }

    private void addVerbatim(int rawStart, int renderedStart, int length) {
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.verbatim() && last.rawEnd() == rawStart && last.renderedEnd() == renderedStart) {
                segments.set(segments.size() - 1, new Segment(last.rawStart(), rawStart + length,
                        last.renderedStart(), renderedStart + length, true));
                return;
            }
        }
        segments.add(new Segment(rawStart, rawStart + length, renderedStart, renderedStart + length, true));
    }
}
