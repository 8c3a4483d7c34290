package dev.modelsense.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.OutputTooBigException;
import com.hubspot.jinjava.interpret.TemplateError;
import java.util.List;

/**
 * Renders dbt-flavoured Jinja: one instance per process, thread-safe. Each render gets its own interpreter and
 * context (behind a {@link FirewallContext}), while the configured {@link Jinjava} and the registry's compiled macros
 * are shared.
 */
public final class JinjaEngine {

    private final RenderLimits limits;
    private final Jinjava jinjava;

    public JinjaEngine(RenderLimits limits) {
        this.limits = limits;
        this.jinjava = CompatJinjava.create(limits);
    }

    public RenderResult render(ProjectScope scope, NodeEnvironment env, String templatePath, String source) {
        RenderState state = new RenderState(scope, env, limits, templatePath);
        List<FilterCheck.UnknownFilter> unknownFilters = FilterCheck.unknownFilters(source,
                name -> jinjava.getGlobalContext().getFilter(name) != null);
        if (!unknownFilters.isEmpty()) {
            FilterCheck.UnknownFilter first = unknownFilters.get(0);
            return new RenderResult.Failed(new JinjaProblem("jinja-syntax", "No filter named '" + first.name() + "'.",
                    templatePath, first.line() - 1, 0, List.of()), List.of());
        }
        int unclosed = Preprocessor.unclosedTag(source);
        if (unclosed >= 0) {
            String opening = source.substring(unclosed, unclosed + 2);
            int line = (int) source.substring(0, unclosed).chars().filter(c -> c == '\n').count();
            int column = unclosed - (source.lastIndexOf('\n', unclosed - 1) + 1);
            return new RenderResult.Failed(new JinjaProblem("jinja-syntax", "Unexpected end of template: '" + opening
                    + "' is never closed (check for a missing closing delimiter or an unclosed quote)",
                    templatePath, line, column, List.of()), List.of());
        }
        RenderState previous = RenderState.install(state);
        String output = null;
        RuntimeException unexpected = null;
        JinjavaInterpreter interpreter = null;
        try {
            Context context = new Context(new FirewallContext(jinjava.getGlobalContext()),
                    DbtContext.bindings(state, templatePath));
            interpreter = new JinjavaInterpreter(jinjava, context, jinjava.getGlobalConfig());
            JinjavaInterpreter.pushCurrent(interpreter);
            try {
                output = interpreter.render(Preprocessor.rewrite(withoutTrailingNewline(source)));
                state.annotateErrors(interpreter.getErrors());
            } finally {
                JinjavaInterpreter.popCurrent();
            }
        } catch (MacroReturn r) {
            output = PyValues.output(r.value); // return() outside a macro ends the template
        } catch (RenderAbort abort) {
            // the failure is in the state
        } catch (OutputTooBigException e) {
            state.fail("render-budget", "Rendered output exceeds " + limits.maxOutputChars() + " characters");
        } catch (StackOverflowError e) {
            state.fail("render-budget", "Macro calls nested too deeply (stack exhausted)");
        } catch (InterpretException | DbtCompilationException e) {
            unexpected = e;
        } finally {
            RenderState.restore(previous);
        }
        return outcome(state, interpreter, output, unexpected);
    }

    /** Jinja2 (keep_trailing_newline=False) drops one newline at the very end of the template source. */
    static String withoutTrailingNewline(String source) {
        if (source.endsWith("\r\n")) {
            return source.substring(0, source.length() - 2);
        }
        return source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
    }

    /** Renders a YAML value with dbt's native types ({@code "1"} becomes 1, {@code "True"} true, ...). */
    public Object renderNative(ProjectScope scope, NodeEnvironment env, String templatePath, String source) {
        RenderResult result = render(scope, env, templatePath, source);
        if (result instanceof RenderResult.Failed failed) {
            throw new DbtCompilationException(failed.error().message());
        }
        return NativeValues.fromText(((RenderResult.Rendered) result).text());
    }

    private RenderResult outcome(RenderState state, JinjavaInterpreter interpreter, String output,
                                 RuntimeException unexpected) {
        List<JinjaProblem> warnings = List.copyOf(state.warnings());
        RenderState.Failure failure = state.failure();
        if (failure != null) {
            return new RenderResult.Failed(problem(failure.code(), failure.message(), failure.location(), 0),
                    warnings);
        }
        if (interpreter != null) {
            for (TemplateError error : interpreter.getErrors()) {
                if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                    return new RenderResult.Failed(fromTemplateError(state, error), warnings);
                }
            }
        }
        if (unexpected != null) {
            return new RenderResult.Failed(new JinjaProblem("jinja-error", String.valueOf(unexpected.getMessage()),
                    state.templatePath(), 0, 0, List.of()), warnings);
        }
        if (output != null && output.length() > limits.maxOutputChars()) {
            return new RenderResult.Failed(new JinjaProblem("render-budget", "Rendered output exceeds "
                    + limits.maxOutputChars() + " characters", state.templatePath(), 0, 0, List.of()), warnings);
        }
        return new RenderResult.Rendered(output == null ? "" : output, warnings);
    }

    private static JinjaProblem fromTemplateError(RenderState state, TemplateError error) {
        RenderState.Location location = state.locationOf(error);
        if (location == null) {
            location = new RenderState.Location(state.templatePath(), error.getLineno(), List.of());
        }
        String code = switch (error.getReason()) {
            case SYNTAX_ERROR, DISABLED -> "jinja-syntax";
            case UNKNOWN, BAD_URL, EXCEPTION, MISSING, INVALID_ARGUMENT, INVALID_INPUT -> "jinja-error";
            case OUTPUT_TOO_BIG -> "render-budget";
            default -> "jinja-error";
        };
        int line = error.getLineno() > 0 ? error.getLineno() : location.line();
        return problem(code, message(error), location, error.getStartPosition() > 0 ? error.getStartPosition() - 1 : 0,
                line);
    }

    private static String message(TemplateError error) {
        String message = error.getMessage();
        if (message != null && message.startsWith("Could not resolve function '")) {
            String name = message.substring("Could not resolve function '".length(), message.indexOf('\'',
                    "Could not resolve function '".length()));
            return "'" + name + "' is undefined";
        }
        return message;
    }

    private static JinjaProblem problem(String code, String message, RenderState.Location location, int column) {
        return problem(code, message, location, column, location.line());
    }

    private static JinjaProblem problem(String code, String message, RenderState.Location location, int column,
                                        int line) {
        return new JinjaProblem(code, message, location.file(), Math.max(0, line - 1), Math.max(0, column),
                location.stack());
    }
}
