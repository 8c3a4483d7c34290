package dev.modelsense.jinja;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.tree.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Jinja macro with dbt's semantics: defaults are expressions evaluated on every call (Jinjava evaluates them once,
 * at definition), {@code return(x)} ends the body and yields {@code x} as the call's value, call sites may spread
 * {@code *args}/{@code **kwargs}, and every call is a frame on the render's macro stack (for error positions and the
 * depth budget).
 */
final class DbtMacroFunction extends MacroFunction {

    /** A default value kept as its source text until a call needs it. */
    record DefaultExpression(String expression) {}

    private final String file;

    DbtMacroFunction(List<Node> content, String name, List<MacroSignature.Parameter> parameters, boolean caller,
                     Context scope, int line, int position, String file) {
        super(content, name, defaults(parameters), caller, scope, line, position);
        this.file = file;
    }

    private static LinkedHashMap<String, Object> defaults(List<MacroSignature.Parameter> parameters) {
        LinkedHashMap<String, Object> defaults = new LinkedHashMap<>();
        for (MacroSignature.Parameter p : parameters) {
            defaults.put(p.name(), p.defaultExpression() == null ? null : new DefaultExpression(p.defaultExpression()));
        }
        return defaults;
    }

    String file() {
        return file;
    }

    @Override
    public Object evaluate(Object... args) {
        return super.evaluate(Spread.expand(args));
    }

    /** {@code adapter.dispatch(...)(args)} is rewritten to {@code adapter.dispatch(...).call(args)}. */
    public Object call(Object... args) {
        return evaluate(args);
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        for (Map.Entry<String, Object> arg : argMap.entrySet()) {
            if (arg.getValue() instanceof DefaultExpression d) {
                arg.setValue(interpreter.resolveELExpression(d.expression(), definitionLineNumber));
            }
        }
        RenderState state = RenderState.current();
        if (state == null) {
            return super.doEvaluate(argMap, kwargMap, varArgs);
        }
        if (state.failed() || !state.enterMacro(getName(), file)) {
            return null;
        }
        try {
            Object output = super.doEvaluate(argMap, kwargMap, varArgs);
            Object returned = state.takeReturn();
            return returned == RenderState.NO_RETURN ? output : returned;
        } catch (MacroReturn r) {
            return r.value;
        } finally {
            state.exitMacro();
        }
    }

    @Override
    public String toString() {
        return "<macro " + getName() + ">";
    }
}
