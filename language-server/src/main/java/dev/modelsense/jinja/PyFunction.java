package dev.modelsense.jinja;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A Java function callable from Jinja with Python's calling convention (positional and keyword arguments, spreads).
 * It is a {@link MacroFunction} so that it can sit in the macro namespace, where a user macro of the same name
 * replaces it exactly as a project macro replaces a dbt builtin.
 */
class PyFunction extends MacroFunction {

    private static final Context NO_SCOPE = new Context();

    private final Function<PyArgs, Object> body;

    PyFunction(String name, Function<PyArgs, Object> body) {
        super(List.of(), name, new LinkedHashMap<>(), false, NO_SCOPE, -1, -1);
        this.body = body;
    }

    @Override
    public Object evaluate(Object... args) {
        PyArgs pyArgs = Spread.toPyArgs(getName(), args);
        try {
            return body.apply(pyArgs);
        } catch (DbtCompilationException e) {
            RenderState state = RenderState.current();
            if (state == null) {
                throw e;
            }
            state.fail("compilation-error", e.getMessage());
            return null;
        }
    }

    /** {@code f(a)(b)} is rewritten to {@code f(a).call(b)}. */
    public Object call(Object... args) {
        return evaluate(args);
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        return evaluate(varArgs.toArray());
    }

    @Override
    public String toString() {
        return "<function " + getName() + ">";
    }
}
