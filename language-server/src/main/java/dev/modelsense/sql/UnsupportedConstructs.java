package dev.modelsense.sql;

import java.util.ArrayDeque;
import java.util.Deque;
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
    private static final Set<String> STAR_MODIFIERS = Set.of("exclude", "except", "replace", "rename");
    private static final Set<String> UNSUPPORTED_WORDS = Set.of(
            "match_recognize", "asof", "positional", "tablesample", "changes", "connect_by_root", "unpivot", "pivot",
            "lambda", "columns", "struct_pack", "array_join", "anti", "symmetric");

    private UnsupportedConstructs() {
    }

    /** The first construct the grammar lacks, described for the user. */
    static Optional<String> find(List<SqlTokens.Token> tokens) {
        if (!tokens.isEmpty() && tokens.get(0).isWord("from")) {
            return Optional.of("FROM-first SELECT");
        }
        Deque<String> brackets = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlTokens.Token token = tokens.get(i);
            if (token.is("(") || token.is("[")) {
                brackets.push(token.lower());
            } else if ((token.is(")") || token.is("]")) && !brackets.isEmpty()) {
                brackets.pop();
            }
            boolean inList = "[".equals(brackets.peek());
            Optional<String> found = inList ? inListBrackets(token) : Optional.empty();
            if (found.isEmpty()) {
                found = at(tokens, i, token);
            }
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** DuckDB list slices {@code l[1:2]} and comprehensions {@code [x * 2 for x in l]}. */
    private static Optional<String> inListBrackets(SqlTokens.Token token) {
        if (token.is(":")) {
            return Optional.of("list slice '[a:b]'");
        }
        if (token.isWord("for")) {
            return Optional.of("list comprehension '[... for ... in ...]'");
        }
        return Optional.empty();
    }

    private static Optional<String> at(List<SqlTokens.Token> tokens, int i, SqlTokens.Token token) {
        SqlTokens.Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (token.is("{")) {
            return Optional.of("struct or map literal '{...}'");
        }
        if (token.is("$") && next != null && next.kind() == SqlTokens.Kind.NUMBER && adjacent(token, next)) {
            return Optional.of("positional column reference '$" + next.lower() + "'");
        }
        if (token.is("@") && next != null && next.kind() == SqlTokens.Kind.WORD && adjacent(token, next)) {
            return Optional.of("stage or parameter reference '@" + next.lower() + "'");
        }
        if (token.is("^") && next != null && next.is("@")) {
            return Optional.of("starts-with operator '^@'");
        }
        if (token.kind() != SqlTokens.Kind.WORD) {
            return Optional.empty();
        }
        String word = token.lower();
        if (UNSUPPORTED_WORDS.contains(word)) {
            return Optional.of(word.toUpperCase());
        }
        if (word.equals("e") && next != null && next.kind() == SqlTokens.Kind.STRING && adjacent(token, next)) {
            return Optional.of("escape string E'...'");
        }
        if (SET_OPERATORS.contains(word) && followedBy(tokens, i, "by", "name")) {
            return Optional.of(word.toUpperCase() + " BY NAME");
        }
        if (STAR_MODIFIERS.contains(word) && i > 0 && tokens.get(i - 1).is("*") && next != null && !next.is("(")) {
            return Optional.of("'* " + word.toUpperCase() + "' without parentheses");
        }
        if ((word.equals("struct") || word.equals("array") || word.equals("map")) && next != null && next.is("<")) {
            return Optional.of("parameterized type " + word.toUpperCase() + "<...>");
        }
        if (word.equals("with") && next != null && (next.isWord("offset") || next.isWord("ordinality"))) {
            return Optional.of("WITH " + next.lower().toUpperCase());
        }
        if (word.equals("for") && next != null && (next.isWord("system_time") || next.isWord("system"))) {
            return Optional.of("time travel FOR SYSTEM_TIME AS OF");
        }
        if (word.equals("as") && next != null && next.isWord("of")) {
            return Optional.of("time travel AS OF");
        }
        if (word.equals("using") && followedBy(tokens, i, "sample")) {
            return Optional.of("USING SAMPLE");
        }
        if (word.equals("connect") && followedBy(tokens, i, "by")) {
            return Optional.of("CONNECT BY");
        }
        if ((word.equals("at") || word.equals("before")) && next != null && next.is("(")) {
            return Optional.of("time travel " + word.toUpperCase() + "(...)");
        }
        return Optional.empty();
    }

    private static boolean adjacent(SqlTokens.Token first, SqlTokens.Token second) {
        return SqlTokens.adjacent(first, second);
    }

    /** Constructs JSqlParser accepts but reads differently from the warehouse, so its tree cannot be trusted. */
    static Optional<String> misread(List<SqlTokens.Token> tokens, SqlDialect dialect) {
        if (dialect.slashSlashDivides() && SqlTokens.hasSlashSlash(tokens)) {
            return Optional.of("the SQL parser reads DuckDB's integer division '//' as a comment");
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
