package dev.modelsense.jinja;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a file into its top-level dbt blocks exactly as dbt-common's {@code extract_toplevel_blocks}
 * ({@code dbt_common/clients/_jinja_blocks.py}) does. dbt does not parse Jinja here: it scans for tags with a few
 * regular expressions, skipping comments, expressions, {@code raw} blocks and quoted strings, and tracks only
 * {@code if}/{@code for} nesting. Reproducing that scanner (rather than a real Jinja parse) keeps our macro
 * boundaries and errors identical to dbt's, including its quirks: a stray {@code {% endmacro %}} is ignored, a
 * {@code {% set %}} block is not tracked, and whitespace swallowed by {@code {%-}/{@code -%}} belongs to the block.
 */
public final class BlockSplitter {

    /** The block kinds dbt's macro, snapshot and docs parsers look for. */
    public static final Set<String> DBT_BLOCK_KINDS =
            Set.of("snapshot", "macro", "materialization", "test", "data_test", "docs");

    private BlockSplitter() {
    }

    /** The top-level blocks of {@link #DBT_BLOCK_KINDS} in {@code text}, in order. */
    public static List<TopLevelBlock> split(String text) throws BlockSyntaxException {
        return split(text, DBT_BLOCK_KINDS);
    }

    /** The top-level blocks of the given kinds (dbt's {@code allowed_blocks}) in {@code text}, in order. */
    public static List<TopLevelBlock> split(String text, Set<String> kinds) throws BlockSyntaxException {
        return new BlockWalk(new TagScanner(text), kinds).run();
    }

    /** One {@code {% name ... %}} tag; {@code start} includes whitespace eaten by a leading {@code {%-}. */
    private record Tag(String kind, String name, int start, int end) {
    }

    /** dbt's {@code BlockIterator}: pairs each allowed opening tag with its end tag, tracking if/for nesting. */
    private static final class BlockWalk {
        private static final Map<String, String> CONTROL_FLOW = Map.of("if", "endif", "for", "endfor");
        private static final Map<String, String> CONTROL_FLOW_ENDS = Map.of("endif", "if", "endfor", "for");

        private final TagScanner scanner;
        private final Set<String> kinds;
        private final Deque<String> controlFlow = new ArrayDeque<>();
        private final List<TopLevelBlock> blocks = new ArrayList<>();
        private Tag current;

        BlockWalk(TagScanner scanner, Set<String> kinds) {
            this.scanner = scanner;
            this.kinds = kinds;
        }

        List<TopLevelBlock> run() {
            for (Tag tag = scanner.nextTag(); tag != null; tag = scanner.nextTag()) {
                trackControlFlow(tag);
                if (kinds.contains(tag.kind())) {
                    open(tag);
                } else if (current != null && tag.kind().startsWith("end")
                        && tag.kind().substring(3).equals(current.kind())) {
                    close(tag);
                }
            }
            if (current != null) {
                int searchedFromLine = scanner.lineOf(current.end()) + 1;
                throw scanner.error("Reached EOF without finding a close tag for " + current.kind()
                        + " (searched from line " + searchedFromLine + ")", scanner.tagOpening(current));
            }
            return List.copyOf(blocks);
        }

        private void trackControlFlow(Tag tag) {
            if (CONTROL_FLOW.containsKey(tag.kind())) {
                controlFlow.push(tag.kind());
            } else if (CONTROL_FLOW_ENDS.containsKey(tag.kind())) {
                if (controlFlow.isEmpty()) {
                    throw scanner.error("Got an unexpected control flow end tag, got " + tag.kind()
                            + " but never saw a preceeding " + CONTROL_FLOW_ENDS.get(tag.kind())
                            + " (@ " + scanner.linepos(tag.start()) + ")", scanner.tagOpening(tag));
                }
                String expected = CONTROL_FLOW.get(controlFlow.pop());
                if (!expected.equals(tag.kind())) {
                    throw scanner.error("Got an unexpected control flow end tag, got " + tag.kind()
                            + " but expected " + expected + " next (@ " + scanner.linepos(tag.start()) + ")",
                            scanner.tagOpening(tag));
                }
            }
        }

        private void open(Tag tag) {
            if (!controlFlow.isEmpty()) {
                throw scanner.error("Got a block definition inside control flow at " + scanner.linepos(tag.start())
                        + ". All dbt block definitions must be at the top level", scanner.tagOpening(tag));
            }
            if (current != null) {
                throw scanner.error("Got nested tags: " + current.kind() + " (started at "
                        + scanner.codePointOffset(current.start()) + ") did not have a matching {% end"
                        + current.kind() + " %} before a subsequent " + tag.kind() + " was found (started at "
                        + scanner.codePointOffset(tag.start()) + ")", scanner.tagOpening(tag));
            }
            current = tag;
        }

        private void close(Tag endTag) {
            String text = scanner.text();
            blocks.add(new TopLevelBlock(current.kind(), current.name(),
                    text.substring(current.end(), endTag.start()), text.substring(current.start(), endTag.end()),
                    current.start(), current.end(), endTag.end(), scanner.lineOf(scanner.tagOpening(current))));
            current = null;
        }
    }

    /** dbt's {@code TagIterator}: finds the next {@code {% %}} tag, skipping comments, expressions and strings. */
    private static final class TagScanner {
        private static final int FLAGS = Pattern.DOTALL | Pattern.MULTILINE | Pattern.UNICODE_CHARACTER_CLASS;
        private static final String NAME = "[A-Za-z_][A-Za-z_0-9]*";
        private static final String TAG_OPEN = "(?:\\s*\\{%-|\\{%)";
        private static final String TAG_END = "(?:-%\\}\\s*|%\\})";

        private static final Pattern COMMENT_START = Pattern.compile("\\s*\\{#", FLAGS);
        private static final Pattern COMMENT_END = Pattern.compile("(.*?)(\\s*#\\})", FLAGS);
        private static final Pattern EXPR_START = Pattern.compile("\\{\\{\\s*", FLAGS);
        private static final Pattern EXPR_END = Pattern.compile("\\s*\\}\\}", FLAGS);
        private static final Pattern BLOCK_START = Pattern.compile(
                TAG_OPEN + "\\s*(" + NAME + ")(?:\\s+(" + NAME + "))?", FLAGS);
        private static final int KIND_GROUP = 1;
        private static final int NAME_GROUP = 2;
        private static final Pattern RAW_BLOCK = Pattern.compile(
                TAG_OPEN + "\\s*raw\\s*" + TAG_END + "(?:.*?)" + TAG_OPEN + "\\s*endraw\\s*" + TAG_END, FLAGS);
        private static final Pattern TAG_CLOSE = Pattern.compile(TAG_END, FLAGS);
        private static final Pattern STRING = Pattern.compile(
                "'([^'\\\\]*(?:\\\\.[^'\\\\]*)*)'|\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"", FLAGS);
        private static final Pattern QUOTE_START = Pattern.compile("['\"]", FLAGS);

        private final String text;
        private final int[] lineStarts;
        private final Map<Pattern, Matcher> matchers = new HashMap<>();
        /** Last search per pattern: still the next match while {@code pos} has not passed its start. */
        private final Map<Pattern, CachedSearch> lastSearches = new HashMap<>();
        private int pos;

        private record CachedSearch(int from, MatchResult match) {
        }

        private record Hit(Pattern pattern, MatchResult match) {
        }

        TagScanner(String text) {
            this.text = text;
            this.lineStarts = lineStarts(text);
        }

        String text() {
            return text;
        }

        Tag nextTag() {
            while (true) {
                Hit hit = firstMatch(BLOCK_START, COMMENT_START, EXPR_START);
                if (hit == null) {
                    return null;
                }
                pos = hit.match().start();
                if (hit.pattern() == COMMENT_START) {
                    skipComment(hit.match());
                } else if (hit.pattern() == EXPR_START) {
                    skipExpression(hit.match());
                } else {
                    return readTag(hit.match());
                }
            }
        }

        private void skipComment(MatchResult start) {
            int opening = start.end() - 2;
            pos = start.end();
            pos = expectMatch("#}", opening, COMMENT_END).match().end();
        }

        /** Only strings can hide the closing braces: blocks and comments are not allowed inside an expression. */
        private void skipExpression(MatchResult start) {
            int opening = start.start();
            pos = start.end();
            while (true) {
                Hit hit = expectMatch("}}", opening, EXPR_END, QUOTE_START);
                if (hit.pattern() == EXPR_END) {
                    pos = hit.match().end();
                    return;
                }
                pos = expectMatch("string", hit.match().start(), STRING).match().end();
            }
        }

        private Tag readTag(MatchResult start) {
            String kind = start.group(KIND_GROUP);
            String name = start.group(NAME_GROUP);
            int tagStart = pos;
            int opening = text.indexOf('{', tagStart);
            if (kind.equals("raw")) {
                pos = expectMatch("{% raw %}...{% endraw %}", opening, RAW_BLOCK).match().end();
            } else {
                pos = start.end();
                skipToTagClose(opening);
            }
            return new Tag(kind, name, tagStart, pos);
        }

        /** Past the tag's arguments to its {@code %}}; only a quoted string can contain a {@code %}} first. */
        private void skipToTagClose(int opening) {
            while (true) {
                Hit hit = expectMatch("tag close (\"%}\")", opening, QUOTE_START, TAG_CLOSE);
                pos = hit.match().end();
                if (hit.pattern() == TAG_CLOSE) {
                    return;
                }
                pos -= 1;
                pos = expectMatch("string", pos, STRING).match().end();
            }
        }

        /** Of the patterns' next matches, the one that ends first (dbt picks the least greedy this way). */
        private Hit firstMatch(Pattern... patterns) {
            Hit best = null;
            for (Pattern pattern : patterns) {
                MatchResult match = search(pattern);
                if (match != null && (best == null || match.end() < best.match().end())) {
                    best = new Hit(pattern, match);
                }
            }
            return best;
        }

        private Hit expectMatch(String expected, int constructStart, Pattern... patterns) {
            Hit hit = firstMatch(patterns);
            if (hit == null) {
                throw error("unexpected EOF, expected " + expected + ", got \"" + text.substring(pos) + "\"",
                        constructStart);
            }
            return hit;
        }

        private MatchResult search(Pattern pattern) {
            CachedSearch cached = lastSearches.get(pattern);
            if (cached != null && cached.from() <= pos && (cached.match() == null || cached.match().start() >= pos)) {
                return cached.match();
            }
            Matcher matcher = matchers.computeIfAbsent(pattern, p -> p.matcher(text));
            MatchResult match = matcher.find(pos) ? matcher.toMatchResult() : null;
            lastSearches.put(pattern, new CachedSearch(pos, match));
            return match;
        }

        /** Where the tag's {@code {%} is, past any whitespace a {@code {%-} pulled into the tag. */
        int tagOpening(Tag tag) {
            return text.indexOf('{', tag.start());
        }

        BlockSyntaxException error(String message, int offset) {
            int line = lineOf(offset);
            return new BlockSyntaxException(message, line, offset - lineStarts[line]);
        }

        int lineOf(int offset) {
            int index = Arrays.binarySearch(lineStarts, offset);
            return index >= 0 ? index : -index - 2;
        }

        /** dbt's {@code TagIterator.linepos}: 1-based line, 0-based column, counted in code points. */
        String linepos(int offset) {
            int line = lineOf(offset);
            return (line + 1) + ":" + text.codePointCount(lineStarts[line], offset);
        }

        /** A Python string index, as dbt prints tag starts. */
        int codePointOffset(int offset) {
            return text.codePointCount(0, offset);
        }

        private static int[] lineStarts(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
