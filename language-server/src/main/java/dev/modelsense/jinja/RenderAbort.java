package dev.modelsense.jinja;

import com.hubspot.jinjava.interpret.InterpretException;

/** Stops the render after a compiler error; thrown again at every node boundary until the render unwinds. */
final class RenderAbort extends InterpretException {
    RenderAbort(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
