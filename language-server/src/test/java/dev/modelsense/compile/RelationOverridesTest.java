package dev.modelsense.compile;

import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.jinja.RenderResult;
import dev.modelsense.project.DiskFileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class RelationOverridesTest {

    @TempDir
    Path dir;

    @Test
    void refSourceAndThisFollowTheOverridesWhileNamingStaysTheTargets() {
        ProjectSnapshot plain = TestProjects.in(dir)
                .file("models/parent.sql", "select 1 as id")
                .file("models/child.sql", "select * from {{ ref('parent') }} join {{ source('raw', 'events') }} on 1=1"
                        + " -- {{ this }}")
                .file("models/sources.yml", "version: 2\nsources:\n  - name: raw\n    tables:\n      - name: events\n")
                .compile();
        assertEquals("select * from \"shop\".\"main\".\"parent\" join \"shop\".\"raw\".\"events\" on 1=1 -- "
                + "\"shop\".\"main\".\"child\"", TestProjects.sql(plain, "model.shop.child"));

        RelationOverrides overrides = new RelationOverrides() {
            @Override
            public Optional<RelationAddress> node(ParsedNode node) {
                return Optional.of(new RelationAddress("shop", node.name().equals("child") ? "main_ann" : "prod",
                        node.alias()));
            }

            @Override
            public Optional<RelationAddress> source(SourceNode source) {
                return Optional.of(new RelationAddress("lake", "raw", source.identifier()));
            }
        };
        CompileRequest request = new CompileRequest(dir, null, null, Map.of(), Map.of(), dir.resolve("home"),
                MetadataCache.EMPTY, 1).withOverrides(overrides);
        ProjectSnapshot sandboxed = new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource())
                .compile(request);
        assertEquals("select * from \"shop\".\"prod\".\"parent\" join \"lake\".\"raw\".\"events\" on 1=1 -- "
                + "\"shop\".\"main_ann\".\"child\"", TestProjects.sql(sandboxed, "model.shop.child"));
        assertEquals("main", sandboxed.node("model.shop.child").orElseThrow().schema(), "naming is the target's");

        RenderResult hook = NodeTemplates.render(sandboxed, sandboxed.node("model.shop.child").orElseThrow(),
                "analyze {{ this }}");
        assertEquals("analyze \"shop\".\"main_ann\".\"child\"",
                assertInstanceOf(RenderResult.Rendered.class, hook).text());
    }
}
