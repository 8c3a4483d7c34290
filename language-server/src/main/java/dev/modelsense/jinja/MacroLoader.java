package dev.modelsense.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the macro, materialization, test and docs blocks of one file, as dbt does when it parses macro files: the
 * blocks are compiled once into shared {@link DbtMacroFunction}s; anything else at the top level is ignored.
 */
final class MacroLoader {

    record LoadedFile(Map<String, MacroFunction> functions, List<MacroInfo> macros, List<DocsBlock> docs,
                      List<JinjaProblem> problems) {}

    private static final List<String> BLOCKS = List.of("macro", "materialization", "test", "docs");

    private MacroLoader() {
    }

    static LoadedFile load(Jinjava jinjava, String packageName, String path, String text) {
        Map<String, Object> bindings = new LinkedHashMap<>();
        bindings.put(BlockTags.FILE_KEY, path);
        Context context = new Context(new FirewallContext(jinjava.getGlobalContext()), bindings);
        JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, context, jinjava.getGlobalConfig());
        List<MacroInfo> macros = new ArrayList<>();
        List<DocsBlock> docs = new ArrayList<>();
        List<JinjaProblem> problems = new ArrayList<>();
        RenderState outer = RenderState.install(null);
        JinjavaInterpreter.pushCurrent(interpreter);
        try {
            for (FilterCheck.UnknownFilter unknown : FilterCheck.unknownFilters(text,
                    name -> jinjava.getGlobalContext().getFilter(name) != null)) {
                problems.add(new JinjaProblem("jinja-syntax", "No filter named '" + unknown.name() + "'.", path,
                        unknown.line() - 1, 0, List.of()));
            }
            Node root = interpreter.parse(Preprocessor.rewrite(text));
            for (Node child : root.getChildren()) {
                if (child instanceof TagNode tag && BLOCKS.contains(tag.getName())) {
                    try {
                        tag.render(interpreter);
                    } catch (RuntimeException e) {
                        problems.add(new JinjaProblem("jinja-syntax", e.getMessage(), path,
                                Math.max(0, tag.getLineNumber() - 1), 0, List.of()));
                        continue;
                    }
                    describe(tag, packageName, path, text, macros, docs);
                }
            }
            for (TemplateError error : interpreter.getErrors()) {
                if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                    problems.add(new JinjaProblem("jinja-syntax", error.getMessage(), path,
                            Math.max(0, error.getLineno() - 1), Math.max(0, error.getStartPosition() - 1), List.of()));
                }
            }
        } finally {
            JinjavaInterpreter.popCurrent();
            RenderState.restore(outer);
        }
        return new LoadedFile(Map.copyOf(context.getGlobalMacros()), macros, docs, problems);
    }

    private static void describe(TagNode tag, String packageName, String path, String text, List<MacroInfo> macros,
                                 List<DocsBlock> docs) {
        int line = tag.getLineNumber() - 1;
        String block = BlockText.extract(text, line, tag.getName());
        String helpers = tag.getHelpers().trim();
        switch (tag.getName()) {
            case "docs" -> docs.add(new DocsBlock(packageName, helpers, path, line, BlockText.inner(block)));
            case "materialization" -> macros.add(new MacroInfo(packageName, BlockTags.materializationName(helpers),
                    MacroKind.MATERIALIZATION, path, line, List.of(), helpers, block));
            default -> {
                MacroSignature signature = MacroSignature.parse(helpers);
                boolean test = tag.getName().equals("test");
                macros.add(new MacroInfo(packageName, (test ? "test_" : "") + signature.name(),
                        test ? MacroKind.TEST : MacroKind.MACRO, path, line, signature.parametersAsWritten(),
                        signature.signature(), block));
            }
        }
    }

    /** Finds a block's original text from its first line, matching nested blocks of the same kind. */
    static final class BlockText {
        private BlockText() {
        }

        static String extract(String text, int line, String tagName) {
            int start = lineStart(text, line);
            Pattern tags = Pattern.compile("\\{%-?\\s*(end)?" + tagName + "\\b.*?%}", Pattern.DOTALL);
            Matcher m = tags.matcher(text);
            if (!m.find(start) || m.group(1) != null) {
                return "";
            }
            int blockStart = m.start();
            int depth = 1;
            while (depth > 0 && m.find()) {
                depth += m.group(1) == null ? 1 : -1;
            }
            return text.substring(blockStart, depth == 0 ? m.end() : text.length());
        }

        /** The content between the opening and closing tags. */
        static String inner(String block) {
            int open = block.indexOf("%}");
            int close = block.lastIndexOf("{%");
            return open < 0 || close < open ? block : block.substring(open + 2, close);
        }

        private static int lineStart(String text, int line) {
            int at = 0;
            for (int i = 0; i < line && at >= 0; i++) {
                at = text.indexOf('\n', at);
                at = at < 0 ? -1 : at + 1;
            }
            return Math.max(0, at);
        }
    }
}
