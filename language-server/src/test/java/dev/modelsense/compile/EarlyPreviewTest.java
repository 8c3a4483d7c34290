package dev.modelsense.compile;

import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The open file is compiled (against just what it references) before the rest of the project is parsed. */
class EarlyPreviewTest {

    @TempDir
    Path dir;

    @Test
    void thePriorityFileIsCompiledFirstWithItsRefsResolved() {
        TestProjects.in(dir)
                .file("models/stg.sql", "{{ config(schema='staging') }}select 1 as id")
                .file("models/eph.sql", "{{ config(materialized='ephemeral') }}select * from {{ ref('stg') }}")
                .file("models/open.sql", "select * from {{ ref('eph') }} join {{ ref('nope') }}")
                .file("models/other.sql", "select 2 as id")
                .compile();
        List<ProjectSnapshot> partials = new ArrayList<>();
        Path open = dir.resolve("models/open.sql").toAbsolutePath().normalize();
        CompileRequest request = new CompileRequest(dir, null, null, Map.of(), Map.of(), dir.resolve("home"),
                MetadataCache.EMPTY, 1);
        ProjectSnapshot full = new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource())
                .compile(request, new CompileProgress() {
                    @Override
                    public Set<Path> priorityFiles() {
                        return Set.of(open);
                    }

                    @Override
                    public void priorityCompiled(ProjectSnapshot partial) {
                        partials.add(partial);
                    }
                });
        assertEquals(1, partials.size());
        ProjectSnapshot partial = partials.get(0);
        assertEquals(Set.of("model.shop.open"), partial.compiled().keySet());
        assertTrue(!partial.nodes().containsKey("model.shop.other"), "unreferenced nodes are not parsed early");
        assertTrue(partial.problems().stream().anyMatch(p -> p.code().equals("ref-unknown")
                && p.message().contains("'nope'")), partial.problems()::toString);
        assertEquals(full.problems().stream().filter(p -> p.code().equals("ref-unknown")).toList(),
                partial.problems().stream().filter(p -> p.code().equals("ref-unknown")).toList());
    }
}
