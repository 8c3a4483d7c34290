package dev.modelsense.lineage;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lineage picture: one self-contained HTML page (inline script, style and SVG; nothing fetched) that lays the
 * view out in layers left to right, expands a node's columns on click and highlights a column's lineage.
 */
public final class LineagePage {

    private static final String TEMPLATE = load();
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private LineagePage() {
    }

    /** The page; {@code focus}, when present, is highlighted as the page opens. */
    public static String html(String title, LineageView view, Function<Path, String> uris, Optional<ColumnRef> focus) {
        Map<String, Object> tree = LineageJson.tree(view, uris);
        focus.ifPresent(f -> {
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("node", f.node());
            json.put("column", f.column());
            tree.put("focus", json);
        });
        // `</` would end the script element early; `<\/` reads the same to JSON.
        String data = GSON.toJson(tree).replace("</", "<\\/");
        return TEMPLATE.replace("__TITLE__", escape(title)).replace("__DATA__", data);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String load() {
        try (InputStream in = LineagePage.class.getResourceAsStream("lineage.html")) {
            if (in == null) {
                throw new IllegalStateException("lineage.html is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
