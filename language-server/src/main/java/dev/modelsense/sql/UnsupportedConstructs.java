package dev.modelsense.sql;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Valid warehouse SQL that JSqlParser 5.3 cannot parse. When the parser rejects a statement that contains one of these,
 * the rejection says nothing about the user's SQL, so no error is shown: a false red squiggle costs more than a missed
 * one. Consulted only after a rejection, so a construct listed here never hides anything from a statement that parses.
 */
final class UnsupportedConstructs {

    private static final Set<String> SET_OPERATORS = Set.of("union", "intersect", "except", "minus");
    private static final Set<String> UNSUPPORTED_WORDS = Set.of(
            "match_recognize", "asof", "positional", "tablesample", "changes", "connect_by_root",
            "unpivot", "pivot", "lambda", "columns", "struct_pack", "array_join");

    private UnsupportedConstructs() {
    }

    /** The first construct the grammar lacks, described for the user. */
    static Optional<String> find(List<SqlTokens.Token> tokens) {
        if (!tokens.isEmpty() && tokens.get(0).isWord("from")) {
            return Optional.of("FROM-first SELECT");
        }
        for (int i = 0; i < tokens.size(); i++) {
            SqlTokens.Token token = tokens.get(i);
            Optional<String> found = at(tokens, i, token);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> at(List<SqlTokens.Token> tokens, int i, SqlTokens.Token token) {
        if (token.is("{")) {
            return Optional.of("struct or map literal '{...}'");
        }
        if (token.kind() == SqlTokens.Kind.STRING && token.lower().startsWith("$$")) {
            return Optional.of("dollar-quoted string");
        }
        if (token.kind() != SqlTokens.Kind.WORD) {
            return Optional.empty();
        }
        String word = token.lower();
        if (UNSUPPORTED_WORDS.contains(word)) {
            return Optional.of(word.toUpperCase());
        }
        if (SET_OPERATORS.contains(word) && followedBy(tokens, i, "by", "name")) {
            return Optional.of(word.toUpperCase() + " BY NAME");
        }
        if ((word.equals("exclude") || word.equals("except") || word.equals("replace") || word.equals("rename"))
                && i > 0 && tokens.get(i - 1).is("*") && i + 1 < tokens.size() && !tokens.get(i + 1).is("(")) {
            return Optional.of("'* " + word.toUpperCase() + "' without parentheses");
        }
        if (word.equals("using") && followedBy(tokens, i, "sample")) {
            return Optional.of("USING SAMPLE");
        }
        if (word.equals("connect") && followedBy(tokens, i, "by")) {
            return Optional.of("CONNECT BY");
        }
        if ((word.equals("at") || word.equals("before")) && i + 1 < tokens.size() && tokens.get(i + 1).is("(")) {
            return Optional.of("time travel " + word.toUpperCase() + "(...)");
        }
        return Optional.empty();
    }

    /** Whether the words after position {@code i} (skipping ALL / DISTINCT) are {@code words}. */
    private static boolean followedBy(List<SqlTokens.Token> tokens, int i, String... words) {
        int next = i + 1;
        while (next < tokens.size() && (tokens.get(next).isWord("all") || tokens.get(next).isWord("distinct"))) {
            next++;
        }
        for (String word : words) {
            if (next >= tokens.size() || !tokens.get(next).isWord(word)) {
                return false;
            }
            next++;
        }
        return true;
    }
}
