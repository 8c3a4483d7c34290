package dev.modelsense.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Maps offsets between a raw Jinja template and the text it rendered to, so that a SQL error in compiled output
 * lands on the right place in the model the user edits.
 *
 * <p>The two texts are aligned by a token diff in which only template text outside tags can match: what Jinja
 * copied verbatim maps 1:1, and rendered text between two matches maps to the raw construct between them (the
 * {@code {{ ref('orders') }}} that produced a relation name). Repetitions of a loop body map back to the same
 * body text. Work is bounded; large inputs are aligned line by line, and whatever the budget cannot align maps
 * coarsely to the surrounding raw span. Nothing here throws on any input.
 */
public final class SourceMap {
    /** Combined size above which tokens are whole lines rather than words. */
    private static final int WORD_GRANULARITY_LIMIT = 2_000_000;
    private static final long WORK_STEPS = 60_000_000;

    /**
     * A rendered span and the raw span it came from. Verbatim segments have equal lengths and map character for
     * character; the others map a construct's output (possibly empty) to the construct.
     */
    public record Segment(int rawStart, int rawEnd, int renderedStart, int renderedEnd, boolean verbatim) {
    }

    private final String raw;
    private final String rendered;
    private final TemplateLayout layout;
    private final List<Segment> segments;
    /** Segments with rendered text, in rendered order: the ones a rendered offset can fall in. */
    private final Segment[] byRendered;
    /** Verbatim segments by raw start, and the largest raw end up to each: a loop maps raw text many times. */
    private final Segment[] verbatimByRaw;
    private final int[] maxRawEndUpTo;

    private SourceMap(String raw, String rendered, TemplateLayout layout, List<Segment> segments) {
        this.raw = raw;
        this.rendered = rendered;
        this.layout = layout;
        this.segments = segments;
        this.byRendered = segments.stream().filter(s -> s.renderedEnd() > s.renderedStart()).toArray(Segment[]::new);
        this.verbatimByRaw = segments.stream().filter(Segment::verbatim)
                .sorted(Comparator.comparingInt(Segment::rawStart).thenComparingInt(Segment::renderedStart))
                .toArray(Segment[]::new);
        this.maxRawEndUpTo = new int[verbatimByRaw.length];
        for (int i = 0; i < verbatimByRaw.length; i++) {
            maxRawEndUpTo[i] = Math.max(i > 0 ? maxRawEndUpTo[i - 1] : 0, verbatimByRaw[i].rawEnd());
        }
    }

    public static SourceMap align(String raw, String rendered) {
        String template = raw == null ? "" : raw;
        String output = rendered == null ? "" : rendered;
        try {
            TemplateLayout layout = TemplateLayout.scan(template);
            return new SourceMap(template, output, layout, alignedSegments(template, output, layout));
        } catch (RuntimeException unexpected) {
            // A mapping is a convenience for placing diagnostics: a bug here must cost precision, not the request.
            List<Segment> whole = List.of(new Segment(0, template.length(), 0, output.length(), false));
            return new SourceMap(template, output, new TemplateLayout(List.of(), List.of()), whole);
        }
    }

    private static List<Segment> alignedSegments(String raw, String rendered, TemplateLayout layout) {
        TokenSequence.Granularity granularity = (long) raw.length() + rendered.length() > WORD_GRANULARITY_LIMIT
                ? TokenSequence.Granularity.LINES : TokenSequence.Granularity.WORDS;
        TokenSequence.Vocabulary vocabulary = new TokenSequence.Vocabulary();
        TokenSequence rawTokens = TokenSequence.of(raw, layout.textPieces(raw.length()), granularity, vocabulary);
        TokenSequence renderedTokens = TokenSequence.of(rendered, List.of(new int[] {0, rendered.length()}),
                granularity, vocabulary);
        WorkBudget budget = new WorkBudget(WORK_STEPS);
        int[] matches = SequenceMatcher.match(rawTokens.ids(), renderedTokens.ids(), vocabulary.size(), budget);
        LoopRealigner.realign(rawTokens, renderedTokens, matches, layout.loops(), raw.length(), budget);
        return SegmentBuilder.build(raw, rendered, rawTokens, renderedTokens, matches, layout, budget);
    }

    /** Best raw offset for a rendered offset: exact inside verbatim text, else the start of the producing tag. */
    public int toRaw(int renderedOffset) {
        int offset = clamp(renderedOffset, rendered.length());
        Segment segment = segmentAtRendered(offset);
        if (segment == null) {
            return offset == 0 ? 0 : raw.length();
        }
        if (offset >= segment.renderedEnd()) {
            return segment.verbatim() ? segment.rawEnd() : constructEnd(segment, offset);
        }
        if (segment.verbatim()) {
            return segment.rawStart() + offset - segment.renderedStart();
        }
        Optional<TemplateLayout.Tag> producer = producer(segment, offset);
        if (producer.isPresent()) {
            return producer.get().contentStart();
        }
        return Math.min(segment.rawStart() + offset - segment.renderedStart(), Math.max(segment.rawStart(),
                segment.rawEnd() - 1));
    }

    /**
     * The raw range for a rendered span: exact ends in verbatim text; an end inside a construct's output widens
     * to the whole tag that produced it, so an error inside a macro's output highlights the macro call.
     */
    public Range toRawRange(int renderedStart, int renderedEnd, LineIndex rawLines) {
        int start = clamp(Math.min(renderedStart, renderedEnd), rendered.length());
        int end = clamp(Math.max(renderedStart, renderedEnd), rendered.length());
        int rawStart = rawStartOf(start);
        int rawEnd = end > start ? rawEndOf(end - 1) : rawStart;
        Segment first = segmentAtRendered(start);
        if (end == start && first != null && !first.verbatim()) {
            rawEnd = rawEndOf(start);
        }
        if (rawEnd < rawStart) {
            // The span crosses into another repetition of a loop body: stay within the first one.
            rawEnd = first == null ? rawStart : first.verbatim() ? Math.max(rawStart, first.rawEnd())
                    : Math.max(rawStart, rawEndOf(start));
        }
        return new Range(rawLines.positionAt(rawStart), rawLines.positionAt(rawEnd));
    }

    /** Where the text at a raw offset was copied to, first copy if a loop repeated it; empty inside tags. */
    public Optional<Integer> toRendered(int rawOffset) {
        if (rawOffset < 0 || rawOffset > raw.length()) {
            return Optional.empty();
        }
        int upper = lastVerbatimStartingAtOrBefore(rawOffset);
        Segment best = null;
        Segment endingHere = null;
        for (int i = upper; i >= 0 && maxRawEndUpTo[i] >= rawOffset; i--) {
            Segment segment = verbatimByRaw[i];
            if (rawOffset < segment.rawEnd()) {
                if (best == null || segment.renderedStart() < best.renderedStart()) {
                    best = segment;
                }
            } else if (rawOffset == segment.rawEnd() && endingHere == null) {
                endingHere = segment;
            }
        }
        Segment found = best != null ? best : endingHere;
        return found == null ? Optional.empty()
                : Optional.of(found.renderedStart() + rawOffset - found.rawStart());
    }

    /** All segments in rendered order; empty rendered segments mark raw text that produced nothing. */
    public List<Segment> segments() {
        return segments;
    }

    private int rawStartOf(int offset) {
        Segment segment = segmentAtRendered(offset);
        if (segment == null || offset >= segment.renderedEnd()) {
            return toRaw(offset);
        }
        if (segment.verbatim()) {
            return segment.rawStart() + offset - segment.renderedStart();
        }
        return producer(segment, offset).map(TemplateLayout.Tag::start).orElse(segment.rawStart());
    }

    private int rawEndOf(int offset) {
        Segment segment = segmentAtRendered(offset);
        if (segment == null) {
            return toRaw(offset);
        }
        if (segment.verbatim()) {
            return Math.min(segment.rawEnd(), segment.rawStart() + offset - segment.renderedStart() + 1);
        }
        return constructEnd(segment, offset);
    }

    private int constructEnd(Segment segment, int offset) {
        return producer(segment, Math.min(offset, segment.renderedEnd() - 1))
                .map(TemplateLayout.Tag::end).orElse(segment.rawEnd());
    }

    /**
     * The tag that most likely produced a rendered offset inside a non-verbatim segment: expressions print,
     * statements mostly do not; with several, the offset's relative place picks one. A segment holding only a
     * loop's {@code for} or {@code endfor} tag is the output of a repetition, so it looks into that loop's body.
     */
    private Optional<TemplateLayout.Tag> producer(Segment segment, int offset) {
        List<TemplateLayout.Tag> candidates = tagsOfKind(segment.rawStart(), segment.rawEnd(),
                TemplateLayout.Kind.EXPRESSION);
        if (candidates.isEmpty() && segment.renderedEnd() > segment.renderedStart()) {
            for (TemplateLayout.Loop loop : layout.loops()) { // innermost first: loops close in order
                boolean touchesLoop = within(loop.bodyEnd(), segment) || within(loop.bodyStart(), segment);
                if (touchesLoop) {
                    candidates = tagsOfKind(loop.bodyStart(), loop.bodyEnd(), TemplateLayout.Kind.EXPRESSION);
                    if (!candidates.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            candidates = tagsOfKind(segment.rawStart(), segment.rawEnd(), TemplateLayout.Kind.STATEMENT);
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        int length = Math.max(1, segment.renderedEnd() - segment.renderedStart());
        long relative = Math.max(0, offset - segment.renderedStart());
        int index = (int) Math.min(candidates.size() - 1, relative * candidates.size() / length);
        return Optional.of(candidates.get(index));
    }

    private static boolean within(int rawOffset, Segment segment) {
        return rawOffset >= segment.rawStart() && rawOffset <= segment.rawEnd();
    }

    private List<TemplateLayout.Tag> tagsOfKind(int rawStart, int rawEnd, TemplateLayout.Kind kind) {
        List<TemplateLayout.Tag> found = new ArrayList<>();
        for (TemplateLayout.Tag tag : layout.tagsWithin(rawStart, rawEnd)) {
            if (tag.kind() == kind) {
                found.add(tag);
            }
        }
        return found;
    }

    /** The segment holding a rendered offset; at the very end, the last segment. */
    private Segment segmentAtRendered(int offset) {
        if (byRendered.length == 0) {
            return null;
        }
        int lo = 0;
        int hi = byRendered.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (byRendered[mid].renderedStart() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return byRendered[lo];
    }

    private int lastVerbatimStartingAtOrBefore(int rawOffset) {
        int lo = 0;
        int hi = verbatimByRaw.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (verbatimByRaw[mid].rawStart() <= rawOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }
}
