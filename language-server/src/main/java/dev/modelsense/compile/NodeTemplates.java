package dev.modelsense.compile;

import dev.modelsense.jinja.RenderResult;

import java.util.Map;

/**
 * Renders a template in one node's compile context after the snapshot is built, as dbt renders hooks at run time:
 * same {@code this}, {@code config}, {@code model}, refs and macros as the node's own SQL.
 */
public final class NodeTemplates {

    private NodeTemplates() {
    }

    public static RenderResult render(ProjectSnapshot snapshot, ParsedNode node, String template) {
        RunContext run = snapshot.state().run;
        RelationNaming.Names names = new RelationNaming.Names(node.database(), node.schema(), node.alias());
        Map<String, Object> model = NodeDicts.of(node.spec(), node.config(), names);
        NodeRenderEnvironment env = new NodeRenderEnvironment(run, node.spec(), true, node.config(),
                run.relations.forNode(node), model);
        return run.engine.render(run.scope, env, node.spec().file().path().toString(), template);
    }
}
