package dev.modelsense.jinja;

import com.hubspot.jinjava.interpret.InterpretException;

/** Unwinds a macro body after {@code return(x)}; Jinjava rethrows {@link InterpretException}s through its tags. */
final class MacroReturn extends InterpretException {
    final transient Object value;

    MacroReturn(Object value) {
        super("return");
        this.value = value;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
