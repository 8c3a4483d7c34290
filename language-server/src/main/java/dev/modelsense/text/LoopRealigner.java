package dev.modelsense.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Second pass for loops. The first alignment is monotone, so it can match a loop body's text to one repetition
 * only; the other repetitions are left as unmatched runs next to the loop. Each such run is aligned against the
 * body repeated any number of times (a cyclic LCS), and its tokens then map back to the same body text.
 */
final class LoopRealigner {
    /** Nested loops need a pass per level; three levels is more than dbt models use. */
    private static final int PASSES = 3;
    private static final int CANDIDATE_LOOPS = 4;
    private static final long CELL_LIMIT = 8_000_000;

    private static final byte FROM_SKIP_RENDERED = 1;
    private static final byte FROM_MATCH = 2;
    private static final byte FROM_SKIP_BODY = 3;

    private final TokenSequence raw;
    private final TokenSequence rendered;
    private final int[] matchOfRendered;
    private final List<TemplateLayout.Loop> loops;
    private final int rawLength;
    private final WorkBudget budget;

    private LoopRealigner(TokenSequence raw, TokenSequence rendered, int[] matchOfRendered,
            List<TemplateLayout.Loop> loops, int rawLength, WorkBudget budget) {
        this.raw = raw;
        this.rendered = rendered;
        this.matchOfRendered = matchOfRendered;
        this.loops = loops.stream()
                .sorted(Comparator.comparingInt(loop -> loop.endforEnd() - loop.forStart()))
                .toList();
        this.rawLength = rawLength;
        this.budget = budget;
    }

    /** Adds matches for loop repetitions to {@code matchOfRendered} in place. */
    static void realign(TokenSequence raw, TokenSequence rendered, int[] matchOfRendered,
            List<TemplateLayout.Loop> loops, int rawLength, WorkBudget budget) {
        if (loops.isEmpty()) {
            return;
        }
        LoopRealigner realigner = new LoopRealigner(raw, rendered, matchOfRendered, loops, rawLength, budget);
        for (int pass = 0; pass < PASSES && realigner.realignUnmatchedRuns(); pass++) {
            // each pass may uncover the repetitions of a loop nested one level deeper
        }
    }

    private boolean realignUnmatchedRuns() {
        boolean changed = false;
        int previousMatched = -1;
        for (int j = 0; j <= matchOfRendered.length; j++) {
            if (j < matchOfRendered.length && matchOfRendered[j] < 0) {
                continue;
            }
            if (j - previousMatched > 1) {
                int before = previousMatched < 0 ? -1 : matchOfRendered[previousMatched];
                int after = j == matchOfRendered.length ? raw.size() : matchOfRendered[j];
                changed |= realignRun(previousMatched + 1, j, before, after);
            }
            previousMatched = j;
        }
        return changed;
    }

    /** Rendered tokens {@code [from, to)} lie between matches of raw tokens {@code before} and {@code after}. */
    private boolean realignRun(int from, int to, int before, int after) {
        int low = Math.min(before, after);
        int high = Math.max(before, after);
        int gapStart = low < 0 ? 0 : low >= raw.size() ? rawLength : raw.ends()[low];
        int gapEnd = high >= raw.size() ? rawLength : high < 0 ? 0 : raw.starts()[high];
        int[] best = null;
        int bestMatches = 0;
        int tried = 0;
        for (TemplateLayout.Loop loop : loops) {
            if (loop.forStart() > gapEnd || loop.endforEnd() < gapStart) {
                continue;
            }
            if (tried++ == CANDIDATE_LOOPS) {
                break;
            }
            int[] body = bodyTokens(loop);
            if (body[0] == body[1]) {
                continue;
            }
            int[] matches = alignCyclically(from, to, body[0], body[1]);
            int count = 0;
            for (int match : matches) {
                count += match >= 0 ? 1 : 0;
            }
            if (count > bestMatches) {
                best = matches;
                bestMatches = count;
            }
        }
        if (best == null) {
            return false;
        }
        System.arraycopy(best, 0, matchOfRendered, from, best.length);
        return true;
    }

    /** Raw token index range {@code [first, last)} of a loop's body. */
    private int[] bodyTokens(TemplateLayout.Loop loop) {
        int first = firstTokenAtOrAfter(loop.bodyStart());
        int last = firstTokenAtOrAfter(loop.bodyEnd());
        return new int[] {first, Math.max(first, last)};
    }

    private int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = raw.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (raw.starts()[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Longest alignment of rendered tokens {@code [from, to)} with the body {@code [bodyFrom, bodyTo)} repeated
     * as often as needed, starting anywhere in it. Row i holds, per body position, the best score after i
     * rendered tokens; skipping body tokens wraps around, which two sweeps of the row settle (a skip costs, so
     * no path gains by going round twice).
     */
    private int[] alignCyclically(int from, int to, int bodyFrom, int bodyTo) {
        int n = to - from;
        int period = bodyTo - bodyFrom;
        int[] result = new int[n];
        Arrays.fill(result, -1);
        long cells = (long) n * period;
        if (cells > CELL_LIMIT || !budget.spend(3 * cells)) {
            return result;
        }
        int[] ids = rendered.ids();
        int[] bodyIds = raw.ids();
        // Score = matches, then fewer skipped body tokens: among equally long alignments, the one that keeps a
        // repetition's tokens together. A match outweighs every skip a row can hold.
        long matchWeight = (long) period * (n + 1) + 1;
        long[] previous = new long[period];
        long[] current = new long[period];
        byte[] choice = new byte[(int) cells];
        for (int i = 0; i < n; i++) {
            int row = i * period;
            for (int p = 0; p < period; p++) {
                current[p] = previous[p];
                choice[row + p] = FROM_SKIP_RENDERED;
            }
            int id = ids[from + i];
            for (int p = 0; p < period; p++) {
                int next = p + 1 == period ? 0 : p + 1;
                if (bodyIds[bodyFrom + p] == id && previous[p] + matchWeight > current[next]) {
                    current[next] = previous[p] + matchWeight;
                    choice[row + next] = FROM_MATCH;
                }
            }
            for (int k = 0; k < 2 * period; k++) {
                int p = k % period;
                int next = p + 1 == period ? 0 : p + 1;
                if (current[p] - 1 > current[next]) {
                    current[next] = current[p] - 1;
                    choice[row + next] = FROM_SKIP_BODY;
                }
            }
            long[] swap = previous;
            previous = current;
            current = swap;
        }
        int position = 0;
        for (int p = 1; p < period; p++) {
            if (previous[p] > previous[position]) {
                position = p;
            }
        }
        int i = n;
        int bodySkips = 0;
        while (i > 0) {
            byte step = choice[(i - 1) * period + position];
            int back = position == 0 ? period - 1 : position - 1;
            if (step == FROM_SKIP_RENDERED) {
                i--;
                bodySkips = 0;
            } else if (step == FROM_MATCH) {
                result[i - 1] = bodyFrom + back;
                position = back;
                i--;
                bodySkips = 0;
            } else {
                position = back;
                if (++bodySkips > period) {
                    break; // cannot happen with consistent choices; a guard so a bug degrades, not hangs
                }
            }
        }
        return result;
    }
}
