package dev.modelsense.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaProcessors;
import com.hubspot.jinjava.el.TypeConvertingMapELResolver;
import com.hubspot.jinjava.el.ext.JinjavaBeanELResolver;
import com.hubspot.jinjava.el.ext.JinjavaListELResolver;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.mode.ExecutionMode;
import com.hubspot.jinjava.tree.Node;
import jinjava.javax.el.ArrayELResolver;
import jinjava.javax.el.CompositeELResolver;
import jinjava.javax.el.ResourceBundleELResolver;

/**
 * Builds the one shared {@link Jinjava} configured to behave like dbt's Jinja2 environment: Jinja2 whitespace rules,
 * Python printing, our block tags and filters, and node hooks that implement {@code return()}, sticky compiler
 * errors and the time budget.
 */
final class CompatJinjava {

    private static final Jinjava SHARED = create(RenderLimits.defaults());

    private CompatJinjava() {
    }

    /** The instance used to parse macro files (render limits do not matter there). */
    static Jinjava shared() {
        return SHARED;
    }

    static Jinjava create(RenderLimits limits) {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new PyResolver());
        resolver.add(new ArrayELResolver(true));
        resolver.add(new JinjavaListELResolver(true));
        resolver.add(new TypeConvertingMapELResolver(true));
        resolver.add(new ResourceBundleELResolver());
        resolver.add(new JinjavaBeanELResolver(true));

        // Not LegacyOverrides.ALL: that also demands whitespace inside {{x}}.
        LegacyOverrides overrides = LegacyOverrides.newBuilder()
                .withEvaluateMapKeys(true)
                .withIterateOverMapKeys(true)
                .withUsePyishObjectMapper(true)
                .withUseNaturalOperatorPrecedence(true)
                .withParseWhitespaceControlStrictly(true)
                .withAllowAdjacentTextNodes(true)
                .withUseTrimmingForNotesAndExpressions(true)
                .withKeepNullableLoopValues(true)
                .withHandleBackslashInQuotesOnly(true)
                .withDefaultKeepTrailingNewlineBehavior(false)
                .build();

        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withEnableRecursiveMacroCalls(true)
                // our own depth budget (RenderState) must trigger first, with a clear message
                .withMaxMacroRecursionDepth(limits.maxMacroDepth() + 50)
                .withMaxOutputSize(limits.maxOutputChars())
                .withLegacyOverrides(overrides)
                .withElResolver(resolver)
                .withExecutionMode(new ExecutionMode() {
                    @Override
                    public void prepareContext(Context context) {
                        context.setExpressionStrategy(new PythonExpressionStrategy());
                    }
                })
                .withProcessors(JinjavaProcessors.newBuilder()
                        .withNodePreProcessor(CompatJinjava::beforeNode)
                        .withNodePostProcessor(CompatJinjava::afterNode)
                        .build())
                .build();

        Jinjava jinjava = new Jinjava(config);
        Context global = jinjava.getGlobalContext();
        global.setExpressionStrategy(new PythonExpressionStrategy());
        for (Tag tag : BlockTags.all()) {
            global.registerTag(tag);
        }
        PyFilters.all().forEach(global::registerFilter);
        global.registerFunction(new ELFunctionDefinition("", "__spread", Spread.class, "spread", Object.class));
        global.registerFunction(new ELFunctionDefinition("", "__kwspread", Spread.class, "kwspread", Object.class));
        return jinjava;
    }

    private static void beforeNode(Node node, JinjavaInterpreter interpreter) {
        RenderState state = RenderState.current();
        if (state != null) {
            state.atNode(node.getLineNumber());
        }
    }

    /**
     * Runs in the {@code finally} of every tag and expression node. Exceptions thrown inside expressions are turned
     * into errors by Jinjava and rendering goes on, so control flow is re-raised here, at the node boundary.
     */
    private static void afterNode(Node node, JinjavaInterpreter interpreter) {
        RenderState state = RenderState.current();
        if (state == null) {
            return;
        }
        state.annotateErrors(interpreter.getErrors());
        if (state.failed()) {
            throw new RenderAbort(state.failure().message());
        }
        Object returned = state.takeReturn();
        if (returned != RenderState.NO_RETURN) {
            throw new MacroReturn(returned);
        }
    }
}
