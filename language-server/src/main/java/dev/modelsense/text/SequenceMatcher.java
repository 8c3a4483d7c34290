package dev.modelsense.text;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A longest-common-subsequence style alignment of two token id sequences, fast on large inputs: common prefix
 * and suffix first, then patience anchors (tokens occurring once on each side, kept in increasing order by a
 * longest increasing subsequence), recursing between anchors; a gap with no unique token left falls back to an
 * exact dynamic-programming LCS when it is small enough. Every step is charged to a {@link WorkBudget}; what the
 * budget cannot pay for stays unmatched.
 */
final class SequenceMatcher {
    /** Largest gap, in table cells, aligned exactly; 2M cells of shorts is 4 MB. */
    private static final long EXACT_CELL_LIMIT = 2_000_000;

    private final int[] a;
    private final int[] b;
    private final int[] matchOfB;
    private final WorkBudget budget;
    private final int[] countA;
    private final int[] countB;
    private final int[] lastA;
    private final int[] lastB;

    private SequenceMatcher(int[] a, int[] b, int vocabularySize, WorkBudget budget) {
        this.a = a;
        this.b = b;
        this.budget = budget;
        this.matchOfB = new int[b.length];
        Arrays.fill(matchOfB, -1);
        this.countA = new int[vocabularySize];
        this.countB = new int[vocabularySize];
        this.lastA = new int[vocabularySize];
        this.lastB = new int[vocabularySize];
    }

    /** For each index of {@code b}, the index of {@code a} it matches, or -1; matches increase on both sides. */
    static int[] match(int[] a, int[] b, int vocabularySize, WorkBudget budget) {
        SequenceMatcher matcher = new SequenceMatcher(a, b, vocabularySize, budget);
        matcher.run();
        return matcher.matchOfB;
    }

    private void run() {
        Deque<int[]> pending = new ArrayDeque<>();
        pending.push(new int[] {0, a.length, 0, b.length});
        while (!pending.isEmpty()) {
            int[] gap = pending.pop();
            alignGap(gap[0], gap[1], gap[2], gap[3], pending);
        }
    }

    private void alignGap(int aLo, int aHi, int bLo, int bHi, Deque<int[]> pending) {
        while (aLo < aHi && bLo < bHi && a[aLo] == b[bLo]) {
            matchOfB[bLo++] = aLo++;
        }
        while (aLo < aHi && bLo < bHi && a[aHi - 1] == b[bHi - 1]) {
            matchOfB[--bHi] = --aHi;
        }
        if (aLo == aHi || bLo == bHi || !budget.spend(2L * (aHi - aLo + bHi - bLo))) {
            return;
        }
        int[][] anchors = uniqueAnchors(aLo, aHi, bLo, bHi);
        if (anchors.length > 0) {
            int prevA = aLo;
            int prevB = bLo;
            for (int[] anchor : anchors) {
                matchOfB[anchor[1]] = anchor[0];
                pending.push(new int[] {prevA, anchor[0], prevB, anchor[1]});
                prevA = anchor[0] + 1;
                prevB = anchor[1] + 1;
            }
            pending.push(new int[] {prevA, aHi, prevB, bHi});
            return;
        }
        long cells = (long) (aHi - aLo) * (bHi - bLo);
        if (cells <= EXACT_CELL_LIMIT && budget.spend(cells)) {
            alignExactly(aLo, aHi, bLo, bHi);
        }
    }

    /** Pairs {aIndex, bIndex} of tokens unique on both sides, the longest chain increasing on both. */
    private int[][] uniqueAnchors(int aLo, int aHi, int bLo, int bHi) {
        for (int i = aLo; i < aHi; i++) {
            countA[a[i]]++;
            lastA[a[i]] = i;
        }
        for (int j = bLo; j < bHi; j++) {
            countB[b[j]]++;
            lastB[b[j]] = j;
        }
        int[] candidateA = new int[Math.min(aHi - aLo, bHi - bLo)];
        int[] candidateB = new int[candidateA.length];
        int candidates = 0;
        for (int j = bLo; j < bHi; j++) {
            int id = b[j];
            if (countA[id] == 1 && countB[id] == 1) {
                candidateA[candidates] = lastA[id];
                candidateB[candidates] = j;
                candidates++;
            }
        }
        for (int i = aLo; i < aHi; i++) {
            countA[a[i]] = 0;
        }
        for (int j = bLo; j < bHi; j++) {
            countB[b[j]] = 0;
        }
        int[] chain = longestIncreasing(candidateA, candidates);
        int[][] anchors = new int[chain.length][];
        for (int k = 0; k < chain.length; k++) {
            anchors[k] = new int[] {candidateA[chain[k]], candidateB[chain[k]]};
        }
        return anchors;
    }

    /** Indices into {@code values[0, count)} of a longest strictly increasing subsequence (patience sorting). */
    static int[] longestIncreasing(int[] values, int count) {
        int[] tails = new int[count];
        int[] previous = new int[count];
        int length = 0;
        for (int k = 0; k < count; k++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[tails[mid]] < values[k]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            if (lo == length) {
                length++;
            }
        }
        int[] chain = new int[length];
        for (int k = length - 1, at = length > 0 ? tails[length - 1] : -1; k >= 0; k--, at = previous[at]) {
            chain[k] = at;
        }
        return chain;
    }

    /** Textbook LCS over suffixes; the walk takes a match as early as it can, keeping matched runs together. */
    private void alignExactly(int aLo, int aHi, int bLo, int bHi) {
        int n = aHi - aLo;
        int m = bHi - bLo;
        int width = m + 1;
        short[] table = new short[(n + 1) * width];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                table[i * width + j] = a[aLo + i] == b[bLo + j]
                        ? (short) (table[(i + 1) * width + j + 1] + 1)
                        : (short) Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a[aLo + i] == b[bLo + j] && table[i * width + j] == table[(i + 1) * width + j + 1] + 1) {
                matchOfB[bLo + j] = aLo + i;
                i++;
                j++;
            } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }
}
