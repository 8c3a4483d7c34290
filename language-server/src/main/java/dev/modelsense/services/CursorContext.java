package dev.modelsense.services;

import java.util.List;

/** What the text around the cursor is, as {@link JinjaCursor} reads it; offsets are into the document text. */
sealed interface CursorContext {

    /**
     * Inside a string argument of a call: {@code ref('|}, {@code source('s', '|}, {@code config(materialized='|}.
     *
     * @param positionalIndex which positional argument (0-based) when {@code keyword} is null
     * @param previous        the literal values of the positional arguments before this one (null for expressions)
     * @param replaceEnd      end of the text a completion replaces: the rest of the word, and the closing quote if any
     * @param closed          whether a closing quote follows the word
     */
    record InString(String function, int positionalIndex, String keyword, List<String> previous, String prefix,
                    char quote, int contentStart, int replaceEnd, boolean closed) implements CursorContext {
    }

    /** Between the parentheses of a call, not in a string, where a keyword argument may start: {@code config(|}. */
    record CallArgument(String function, String prefix, int start) implements CursorContext {
    }

    /**
     * A name in a Jinja expression or tag: a macro, a variable, a keyword. {@code namespace} is the dotted prefix
     * ({@code dbt_utils} in {@code dbt_utils.st|}) or null; {@code tagStart} when it is the first word of a {@code {% %}}.
     */
    record JinjaName(String namespace, String prefix, int start, boolean tagStart) implements CursorContext {
    }

    /** {@code alias.|} in SQL, outside Jinja. */
    record QualifiedColumn(String qualifier, String prefix, int start) implements CursorContext {
    }

    /** Plain SQL outside Jinja: a word being typed (possibly empty). */
    record Sql(String prefix, int start) implements CursorContext {
    }

    /** The value of {@code - name:} in a YAML {@code models:} list. */
    record YamlModelName(String prefix, int start) implements CursorContext {
    }

    /** The value of {@code - name:} in the {@code columns:} of a YAML model entry. */
    record YamlColumnName(String model, String prefix, int start) implements CursorContext {
    }

    /** Somewhere nothing is offered: a comment, YAML structure, junk. */
    record Nothing() implements CursorContext {
    }
}
