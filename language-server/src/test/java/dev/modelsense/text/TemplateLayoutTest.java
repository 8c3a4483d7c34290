package dev.modelsense.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLayoutTest {

    @Test
    void findsTheThreeKindsOfTagWithTheirKeywords() {
        String raw = "{# note #}select {{- x -}} from t {%- if y %}1{% endif -%}";
        List<TemplateLayout.Tag> tags = TemplateLayout.scan(raw).tags();
        assertEquals(List.of(TemplateLayout.Kind.COMMENT, TemplateLayout.Kind.EXPRESSION,
                TemplateLayout.Kind.STATEMENT, TemplateLayout.Kind.STATEMENT),
                tags.stream().map(TemplateLayout.Tag::kind).toList());
        assertEquals("{{- x -}}", raw.substring(tags.get(1).start(), tags.get(1).end()));
        assertEquals(raw.indexOf("x -}}"), tags.get(1).contentStart(), "content starts after the dash and space");
        assertEquals("if", tags.get(2).keyword());
        assertEquals("endif", tags.get(3).keyword());
    }

    @Test
    void closingDelimitersInsideStringsDoNotEndATag() {
        String raw = "select {{ \"}}\" ~ '%}' }} as a, {% set s = \"%}\" %}{{ s }}";
        List<TemplateLayout.Tag> tags = TemplateLayout.scan(raw).tags();
        assertEquals(3, tags.size());
        assertEquals("{{ \"}}\" ~ '%}' }}", raw.substring(tags.get(0).start(), tags.get(0).end()));
        assertEquals("{% set s = \"%}\" %}", raw.substring(tags.get(1).start(), tags.get(1).end()));
    }

    @Test
    void rawBlockContentIsText() {
        String raw = "a{% raw %}{{ b }}{% if %}{%- endraw %}c";
        TemplateLayout layout = TemplateLayout.scan(raw);
        assertEquals(List.of("raw", "endraw"), layout.tags().stream().map(TemplateLayout.Tag::keyword).toList());
        List<String> texts = layout.textPieces(raw.length()).stream()
                .map(piece -> raw.substring(piece[0], piece[1])).toList();
        assertEquals(List.of("a", "{{ b }}{% if %}", "c"), texts);
    }

    @Test
    void pairsNestedLoops() {
        String raw = "{% for a in x %}A{% for b in y %}B{% endfor %}C{% endfor %}";
        List<TemplateLayout.Loop> loops = TemplateLayout.scan(raw).loops();
        assertEquals(2, loops.size());
        TemplateLayout.Loop inner = loops.get(0);
        TemplateLayout.Loop outer = loops.get(1);
        assertEquals("B", raw.substring(inner.bodyStart(), inner.bodyEnd()));
        assertEquals("A{% for b in y %}B{% endfor %}C", raw.substring(outer.bodyStart(), outer.bodyEnd()));
        assertEquals(0, outer.forStart());
        assertEquals(raw.length(), outer.endforEnd());
    }

    @Test
    void unclosedTagsRunToTheEnd() {
        String raw = "select {{ ref('a'";
        List<TemplateLayout.Tag> tags = TemplateLayout.scan(raw).tags();
        assertEquals(1, tags.size());
        assertEquals(raw.length(), tags.get(0).end());
        assertEquals(List.of(), TemplateLayout.scan("{% raw %}never closed").loops());
        assertEquals(1, TemplateLayout.scan("{# open comment").tags().size());
        assertEquals(0, TemplateLayout.scan("a { b } {").tags().size());
    }

    @Test
    void tagsWithinARange() {
        String raw = "{{ a }} x {{ b }} y {{ c }}";
        TemplateLayout layout = TemplateLayout.scan(raw);
        assertEquals(List.of(raw.indexOf("{{ b")), layout.tagsWithin(3, raw.indexOf(" y"))
                .stream().map(TemplateLayout.Tag::start).toList());
        assertEquals(3, layout.tagsWithin(0, raw.length()).size());
        assertEquals(0, layout.tagsWithin(raw.length(), raw.length()).size());
    }
}
