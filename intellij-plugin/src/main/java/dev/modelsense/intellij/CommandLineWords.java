package dev.modelsense.intellij;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a one-line command into words the way LSP4IJ splits a user-defined server's command: spaces separate
 * words, a double quote starts or ends a quoted stretch (spaces inside it are kept, the quotes dropped), and there
 * are no escapes. Using the same rule for the plugin's VM-arguments setting means a line that works in the
 * template works in the plugin.
 */
public final class CommandLineWords {

    private CommandLineWords() {
    }

    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        if (line == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                add(word, words);
            } else {
                word.append(c);
            }
        }
        add(word, words);
        return words;
    }

    private static void add(StringBuilder word, List<String> words) {
        String text = word.toString().trim();
        if (!text.isEmpty()) {
            words.add(text);
        }
        word.setLength(0);
    }
}
