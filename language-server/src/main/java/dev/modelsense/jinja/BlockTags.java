package dev.modelsense.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import java.util.List;
import java.util.Locale;

/**
 * The block tags dbt's Jinja environment adds or changes. Each defining tag compiles its body into a
 * {@link DbtMacroFunction} under dbt's name for it: {@code macro} as written, {@code materialization} as
 * {@code materialization_<name>_<adapter|default>}, {@code test} as {@code test_<name>}, {@code docs} as
 * {@code dbt_docs__<name>}. {@code call} supports {@code {% call(args) m() %}}; {@code snapshot} renders its body.
 */
final class BlockTags {

    /** Context key holding the path of the file being loaded (macro files are loaded without a render state). */
    static final String FILE_KEY = "__ms_file__";

    private BlockTags() {
    }

    static List<Tag> all() {
        return List.of(new MacroTag(), new CallTag(), new MaterializationTag(), new TestTag(), new DocsTag(),
                new SnapshotTag());
    }

    static String currentFile(JinjavaInterpreter interpreter) {
        RenderState state = RenderState.current();
        if (state != null) {
            return state.currentFile();
        }
        Object file = interpreter.getContext().get(FILE_KEY);
        return file == null ? "<template>" : file.toString();
    }

    static void define(TagNode node, JinjavaInterpreter interpreter, String name,
                       List<MacroSignature.Parameter> parameters) {
        DbtMacroFunction macro = new DbtMacroFunction(node.getChildren(), name, parameters, false,
                interpreter.getContext(), node.getLineNumber(), node.getStartPosition(),
                currentFile(interpreter));
        interpreter.getContext().addGlobalMacro(macro);
    }

    static MacroSignature signature(TagNode node) {
        try {
            return MacroSignature.parse(node.getHelpers());
        } catch (IllegalArgumentException e) {
            throw new TemplateSyntaxException(node.getMaster().getImage(), e.getMessage(), node.getLineNumber(),
                    node.getStartPosition());
        }
    }

    /** The name a materialization block gets: {@code materialization_<name>_<adapter or default>}. */
    static String materializationName(String helpers) {
        List<String> parts = MacroSignature.splitTopLevel(helpers);
        String name = parts.get(0).trim();
        String adapter = "default";
        for (String part : parts.subList(1, parts.size())) {
            String p = part.trim();
            if (p.equals("default")) {
                adapter = "default";
            } else if (p.startsWith("adapter")) {
                String value = p.substring(p.indexOf('=') + 1).trim();
                adapter = value.replaceAll("^['\"]|['\"]$", "");
            }
        }
        return "materialization_" + name + "_" + adapter.toLowerCase(Locale.ROOT);
    }

    static final class MacroTag implements Tag {
        @Override
        public String getName() {
            return "macro";
        }

        @Override
        public String interpret(TagNode node, JinjavaInterpreter interpreter) {
            MacroSignature signature = signature(node);
            define(node, interpreter, signature.name(), signature.parameters());
            return "";
        }
    }

    static final class TestTag implements Tag {
        @Override
        public String getName() {
            return "test";
        }

        @Override
        public String interpret(TagNode node, JinjavaInterpreter interpreter) {
            MacroSignature signature = signature(node);
            define(node, interpreter, "test_" + signature.name(), signature.parameters());
            return "";
        }
    }

    static final class MaterializationTag implements Tag {
        @Override
        public String getName() {
            return "materialization";
        }

        @Override
        public String interpret(TagNode node, JinjavaInterpreter interpreter) {
            define(node, interpreter, materializationName(node.getHelpers()), List.of());
            return "";
        }
    }

    static final class DocsTag implements Tag {
        @Override
        public String getName() {
            return "docs";
        }

        @Override
        public String interpret(TagNode node, JinjavaInterpreter interpreter) {
            define(node, interpreter, "dbt_docs__" + node.getHelpers().trim(), List.of());
            return "";
        }
    }

    /** dbt pulls snapshot blocks out before Jinja runs; when a whole snapshot file is rendered, print the body. */
    static final class SnapshotTag implements Tag {
        @Override
        public String getName() {
            return "snapshot";
        }

        @Override
        public String interpret(TagNode node, JinjavaInterpreter interpreter) {
            StringBuilder out = new StringBuilder();
            for (Node child : node.getChildren()) {
                out.append(child.render(interpreter).getValue());
            }
            return out.toString();
        }
    }

    /** {@code {% call m(a) %}} and {@code {% call(x, y) m(a) %}}: the body becomes the {@code caller} macro. */
    static final class CallTag implements Tag {
        @Override
        public String getName() {
            return "call";
        }

        @Override
        public String interpret(TagNode node, JinjavaInterpreter interpreter) {
            String helpers = node.getHelpers().trim();
            List<MacroSignature.Parameter> parameters = List.of();
            String expression = helpers;
            if (helpers.startsWith("(")) {
                int close = MacroSignature.matchingParen(helpers, 0);
                if (close < 0) {
                    throw new TemplateSyntaxException(helpers, "Unable to parse call block: " + helpers,
                            node.getLineNumber(), node.getStartPosition());
                }
                parameters = MacroSignature.parse("caller" + helpers.substring(0, close + 1)).parameters();
                expression = helpers.substring(close + 1).trim();
            }
            try (JinjavaInterpreter.InterpreterScopeClosable ignored = interpreter.enterNonStackingScope()) {
                interpreter.getContext().addGlobalMacro(new DbtMacroFunction(node.getChildren(), "caller",
                        parameters, true, interpreter.getContext(), node.getLineNumber(), node.getStartPosition(),
                        currentFile(interpreter)));
                Object value = interpreter.resolveELExpression(expression, node.getLineNumber());
                return PyValues.output(value);
            }
        }
    }
}
