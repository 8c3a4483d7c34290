package dev.modelsense.lineage;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import dev.modelsense.sql.SqlAnalyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Opens the lineage page of a testdata project in headless Chromium: the script draws every node and edge, and the
 * screenshot shows them. Skipped, with a message, only when no Chromium is installed.
 */
class LineagePageBrowserTest {

    private static final Path TESTDATA = Path.of(System.getProperty("modelsense.testdata", "../testdata"));
    /** Set to keep the screenshot somewhere to look at it. */
    private static final String KEEP = System.getProperty("modelsense.lineage.screenshot");

    @TempDir
    Path dir;

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void theOrdersPageDrawsItsNodesEdgesAndColumnsInChromium() throws Exception {
        Optional<String> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(),
                "Chromium is not installed (apt-get install chromium); the lineage page was not checked in a browser");
        Path root = TESTDATA.resolve("projects/jaffle_shop_duckdb").toAbsolutePath().normalize();
        ProjectSnapshot snapshot = new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource())
                .compile(new CompileRequest(root, null, null, Map.of(), Map.of(), root.resolve("no-home"),
                        MetadataCache.EMPTY, 2));
        LineageView view = new LineageViews(new ColumnLineage(new SqlAnalyzer(Duration.ofSeconds(10), threads)))
                .view(snapshot, new LineageViews.Request(Set.of("model.jaffle_shop.orders"), 2, 2, true,
                        Optional.empty()));
        Path page = dir.resolve("lineage.html");
        Files.writeString(page, LineagePage.html("orders", view, p -> p.toUri().toString(),
                Optional.of(new ColumnRef("model.jaffle_shop.orders", "amount"))), StandardCharsets.UTF_8);

        String dom = run(chromium.get(), "--dump-dom", page.toUri().toString());
        assertEquals(view.nodes().size(), count(dom, "<g class=\"node "), dom);
        assertEquals(view.edges().size(), count(dom, "<path class=\"edge"), dom);
        assertTrue(count(dom, "class=\"col focus\"") == 1, "the traced column is highlighted");
        assertTrue(count(dom, "class=\"cedge k-transformed lit\"") + count(dom, "class=\"cedge k-aggregated lit\"") > 0,
                "the traced column's edges are highlighted");
        assertTrue(dom.contains(">stg_payments<"), "node names are drawn");

        Path png = dir.resolve("lineage.png");
        run(chromium.get(), "--screenshot=" + png, "--window-size=1400,900", page.toUri().toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1400, image.getWidth());
        int modelBand = pixels(image, 0x0969da, 40);
        int tracedEdge = pixels(image, 0xbf3989, 40);
        int edges = pixels(image, 0xafb8c1, 12);
        assertTrue(modelBand > 50, "model nodes are visible: " + modelBand + " pixels");
        assertTrue(tracedEdge > 50, "the traced lineage is visible: " + tracedEdge + " pixels");
        assertTrue(edges > 50, "model edges are visible: " + edges + " pixels");
        if (KEEP != null) {
            Files.copy(png, Path.of(KEEP), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void twoHundredNodesStayReadable() throws Exception {
        Optional<String> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(),
                "Chromium is not installed (apt-get install chromium); the lineage page was not checked in a browser");
        dev.modelsense.compile.TestProjects project = dev.modelsense.compile.TestProjects.in(dir.resolve("big"));
        for (int layer = 0; layer < 10; layer++) {
            for (int i = 0; i < 20; i++) {
                String from = layer == 0 ? "select 1 as id, 'x' as name"
                        : "select id, name from {{ ref('m" + (layer - 1) + "_" + ((i * 7) % 20) + "') }}";
                project.file("models/m" + layer + "_" + i + ".sql", from + "\n");
            }
        }
        ProjectSnapshot snapshot = project.compile();
        Set<String> all = new java.util.HashSet<>();
        snapshot.graph().nodes().forEach(n -> all.add(n.uniqueId()));
        LineageView view = new LineageViews(new ColumnLineage(new SqlAnalyzer(Duration.ofSeconds(10), threads)))
                .view(snapshot, new LineageViews.Request(all, -1, -1, true, Optional.empty()));
        assertEquals(200, view.nodes().size());
        Path page = dir.resolve("big.html");
        Files.writeString(page, LineagePage.html("big", view, p -> p.toUri().toString(), Optional.empty()));

        String dom = run(chromium.get(), "--dump-dom", "--window-size=1400,900", page.toUri().toString());
        assertEquals(200, count(dom, "<g class=\"node "));
        Matcher viewBox = Pattern.compile("viewBox=\"(-?[0-9.]+) (-?[0-9.]+) ([0-9.]+) ([0-9.]+)\"").matcher(dom);
        assertTrue(viewBox.find(), "the page sets a view");
        double shown = Double.parseDouble(viewBox.group(3));
        assertTrue(shown <= 1400 / 0.6 + 1, "text is drawn at 60% or more: the view is " + shown + " units wide");
    }

    private static Optional<String> chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (new File(candidate).canExecute()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private String run(String chromium, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(chromium, "--headless", "--no-sandbox",
                "--disable-gpu", "--allow-file-access-from-files", "--user-data-dir=" + dir.resolve("profile"),
                "--virtual-time-budget=3000"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertFalse(process.exitValue() != 0, () -> "chromium failed: " + readLog());
        return new String(out, StandardCharsets.UTF_8);
    }

    private String readLog() {
        try {
            return Files.readString(dir.resolve("chromium.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static int pixels(BufferedImage image, int rgb, int tolerance) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= tolerance
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= tolerance
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
