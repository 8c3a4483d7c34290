package dev.modelsense.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceMatcherTest {

    @Test
    void longestIncreasingSubsequence() {
        int[] values = {3, 1, 4, 1, 5, 9, 2, 6};
        int[] chain = SequenceMatcher.longestIncreasing(values, values.length);
        assertEquals(4, chain.length);
        for (int k = 1; k < chain.length; k++) {
            assertEquals(true, values[chain[k - 1]] < values[chain[k]] && chain[k - 1] < chain[k]);
        }
        assertEquals(0, SequenceMatcher.longestIncreasing(new int[0], 0).length);
    }

    @Test
    void matchesIncreaseOnBothSides() {
        int[] a = {1, 2, 3, 4, 5};
        int[] b = {9, 1, 3, 9, 5, 2};
        int[] matches = SequenceMatcher.match(a, b, 10, new WorkBudget(1_000));
        assertArrayEquals(new int[] {-1, 0, 2, -1, 4, -1}, matches);
    }

    @Test
    void alwaysProducesACommonSubsequenceAndOftenAnOptimalOne() {
        // Patience anchors are a heuristic: a unique token need not be in a longest common subsequence.
        Random random = new Random(5);
        int optimal = 0;
        for (int round = 0; round < 500; round++) {
            int[] a = random.ints(random.nextInt(30), 0, 4).toArray();
            int[] b = random.ints(random.nextInt(30), 0, 4).toArray();
            int[] matches = SequenceMatcher.match(a, b, 4, new WorkBudget(1_000_000));
            int count = 0;
            int lastA = -1;
            for (int j = 0; j < b.length; j++) {
                if (matches[j] >= 0) {
                    assertEquals(a[matches[j]], b[j]);
                    assertEquals(true, matches[j] > lastA, "monotone");
                    lastA = matches[j];
                    count++;
                }
            }
            optimal += count == lcsLength(a, b) ? 1 : 0;
        }
        assertEquals(true, optimal > 400, "optimal in " + optimal + " of 500");
    }

    @Test
    void gapsWithoutUniqueTokensAreAlignedExactly() {
        int[] a = {1, 2, 1, 2, 3, 3};
        int[] b = {2, 1, 2, 1, 3, 3};
        int[] matches = SequenceMatcher.match(a, b, 4, new WorkBudget(1_000));
        assertEquals(5, java.util.Arrays.stream(matches).filter(m -> m >= 0).count());
        assertEquals(lcsLength(a, b), 5);
    }

    @Test
    void anExhaustedBudgetLeavesTheMiddleUnmatched() {
        int[] a = {7, 1, 2, 1, 2, 8};
        int[] b = {7, 2, 1, 2, 1, 8};
        int[] matches = SequenceMatcher.match(a, b, 9, new WorkBudget(0));
        assertArrayEquals(new int[] {0, -1, -1, -1, -1, 5}, matches, "prefix and suffix are free");
    }

    private static int lcsLength(int[] a, int[] b) {
        int[][] table = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }
}
