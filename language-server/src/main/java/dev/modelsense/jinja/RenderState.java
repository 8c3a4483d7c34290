package dev.modelsense.jinja;

import com.hubspot.jinjava.interpret.TemplateError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that belongs to one render and nothing else: the node environment, the pending {@code return()} value,
 * the first fatal error (sticky, so it escapes nested macro calls), the macro call stack, stored statement results
 * and the budget. Reached through a thread-local because Jinjava calls our functions without a context argument.
 */
final class RenderState {

    private static final ThreadLocal<RenderState> CURRENT = new ThreadLocal<>();

    /** Where a problem happened: file, 1-based Jinjava line, and the macro stack at that moment. */
    record Location(String file, int line, List<MacroFrame> stack) {}

    record Failure(String code, String message, Location location) {}

    private record Frame(String macroName, String macroFile, String callFile, int callLine) {}

    final ProjectScope scope;
    final NodeEnvironment env;
    private final RenderLimits limits;
    private final long deadlineNanos;
    private final String templatePath;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Map<String, Object> results = new HashMap<>();
    private final List<JinjaProblem> warnings = new ArrayList<>();
    private final Map<TemplateError, Location> errorLocations = new IdentityHashMap<>();

    private boolean returnPending;
    private Object returnValue;
    private Failure failure;
    private String currentFile;
    private int currentLine = 1;
    private int annotatedErrors;

    RenderState(ProjectScope scope, NodeEnvironment env, RenderLimits limits, String templatePath) {
        this.scope = scope;
        this.env = env;
        this.limits = limits;
        this.templatePath = templatePath;
        this.currentFile = templatePath;
        this.deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
    }

    static RenderState current() {
        return CURRENT.get();
    }

    /** Makes {@code state} current on this thread; returns the previous one, to restore with {@link #restore}. */
    static RenderState install(RenderState state) {
        RenderState previous = CURRENT.get();
        CURRENT.set(state);
        return previous;
    }

    static void restore(RenderState previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    String currentFile() {
        return currentFile;
    }

    String templatePath() {
        return templatePath;
    }

    // ---- return() ----

    void requestReturn(Object value) {
        returnPending = true;
        returnValue = value;
    }

    /** The value of a pending {@code return()}, clearing it; {@link #NO_RETURN} when none is pending. */
    Object takeReturn() {
        if (!returnPending) {
            return NO_RETURN;
        }
        returnPending = false;
        Object value = returnValue;
        returnValue = null;
        return value;
    }

    static final Object NO_RETURN = new Object();

    // ---- failures ----

    void fail(String code, String message) {
        if (failure == null) {
            failure = new Failure(code, message, location(currentLine));
        }
    }

    Failure failure() {
        return failure;
    }

    boolean failed() {
        return failure != null;
    }

    Location location(int line) {
        return new Location(currentFile, line, stack());
    }

    /** The macro stack, innermost call first: each frame names the macro and where it was called from. */
    List<MacroFrame> stack() {
        List<MacroFrame> stack = new ArrayList<>(frames.size());
        for (Frame f : frames) {
            stack.add(new MacroFrame(f.macroName(), f.callFile(), Math.max(0, f.callLine() - 1)));
        }
        return stack;
    }

    // ---- position and budget ----

    void atNode(int line) {
        if (line > 0) {
            currentLine = line;
        }
        if (System.nanoTime() > deadlineNanos) {
            fail("render-budget", "Rendering took longer than " + limits.timeout().toMillis()
                    + " ms; stopped (a macro may loop)");
        }
    }

    /** Records the location of Jinjava errors added since the last call (innermost context wins). */
    void annotateErrors(List<TemplateError> errors) {
        for (int i = annotatedErrors; i < errors.size(); i++) {
            TemplateError error = errors.get(i);
            int line = error.getLineno() > 0 ? error.getLineno() : currentLine;
            errorLocations.putIfAbsent(error, location(line));
        }
        annotatedErrors = errors.size();
    }

    Location locationOf(TemplateError error) {
        return errorLocations.get(error);
    }

    /** Enters a macro; false (with a budget failure recorded) when the call is too deep. */
    boolean enterMacro(String name, String macroFile) {
        if (frames.size() >= limits.maxMacroDepth()) {
            fail("render-budget", "Macro calls nested deeper than " + limits.maxMacroDepth()
                    + " (in '" + name + "'); stopped (is a macro calling itself without end?)");
            return false;
        }
        frames.push(new Frame(name, macroFile, currentFile, currentLine));
        currentFile = macroFile;
        return true;
    }

    void exitMacro() {
        Frame frame = frames.pop();
        currentFile = frame.callFile();
        currentLine = frame.callLine();
    }

    // ---- statement results and warnings ----

    void storeResult(String name, Object result) {
        results.put(name, result);
    }

    Object loadResult(String name) {
        return results.get(name);
    }

    void warn(String code, String message) {
        warnings.add(new JinjaProblem(code, message, currentFile, Math.max(0, currentLine - 1), 0, stack()));
    }

    List<JinjaProblem> warnings() {
        return warnings;
    }
}
