package dev.modelsense.compile;

import java.util.List;

/** A compact line diff for golden-file failures: the first differing line with context. */
final class Diffs {

    private Diffs() {
    }

    static String unified(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int first = 0;
        while (first < e.size() && first < a.size() && e.get(first).equals(a.get(first))) {
            first++;
        }
        StringBuilder out = new StringBuilder("first difference at line " + (first + 1) + "\n");
        for (int i = Math.max(0, first - 2); i < Math.min(e.size(), first + 4); i++) {
            out.append("- ").append(e.get(i)).append('\n');
        }
        for (int i = Math.max(0, first - 2); i < Math.min(a.size(), first + 4); i++) {
            out.append("+ ").append(a.get(i)).append('\n');
        }
        return out.toString();
    }
}
