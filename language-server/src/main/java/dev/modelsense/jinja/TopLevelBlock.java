package dev.modelsense.jinja;

/**
 * One top-level dbt block ({@code {% macro %}}, {@code {% docs %}}, {@code {% snapshot %}} …) as dbt's
 * {@code extract_toplevel_blocks} sees it. Offsets are UTF-16 indexes into the split text.
 *
 * @param kind           the tag name: {@code macro}, {@code docs}, {@code test} …
 * @param name           the word after the kind ({@code my_macro} in {@code {% macro my_macro(x) %}}), or null
 * @param contents       the text between the opening and the closing tag
 * @param fullBlock      the opening tag, the contents and the closing tag; like dbt it includes the whitespace that
 *                       a {@code {%-} marker swallows before the opening tag and a {@code -%}} swallows after the end
 * @param startOffset    where {@code fullBlock} starts
 * @param contentsOffset where {@code contents} starts (just after the opening tag)
 * @param endOffset      where {@code fullBlock} ends (exclusive)
 * @param line           0-based line of the opening tag's {@code {%}
 */
public record TopLevelBlock(String kind, String name, String contents, String fullBlock, int startOffset,
                            int contentsOffset, int endOffset, int line) {
}
