package dev.modelsense.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code modelsense lineage} as a user runs it on the jaffle shop. */
class LineageCommandTest extends ConsoleCapture {

    private static final Path JAFFLE = Path.of(System.getProperty("modelsense.testdata", "../testdata"))
            .resolve("projects/jaffle_shop_duckdb");

    @TempDir
    Path dir;


    @Test
    void jsonAroundOrdersHonoursTheDepths() {
        int exit = Main.run("lineage", JAFFLE.toString(), "--select", "orders", "--upstream", "1", "--downstream",
                "1", "--format", "json");

        assertEquals(0, exit, err::toString);
        JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
        List<String> names = new ArrayList<>();
        json.getAsJsonArray("nodes").forEach(n -> names.add(n.getAsJsonObject().get("name").getAsString()));
        assertEquals(List.of("payment_method_mix", "weekly_revenue_dashboard", "int_order_payments", "orders",
                "stg_orders", "shop_calendar"), names);
        assertEquals(false, json.has("columnEdges"), "columns only when asked for");
    }

    @Test
    void columnsTraceTheAmountBackToTheSeedThroughTheCentsConversion() {
        int exit = Main.run("lineage", JAFFLE.toString(), "--select", "orders", "--column", "amount",
                "--format", "json");

        assertEquals(0, exit, err::toString);
        JsonArray edges = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("columnEdges");
        List<String> described = new ArrayList<>();
        edges.forEach(e -> {
            JsonObject edge = e.getAsJsonObject();
            described.add(edge.getAsJsonObject("from").get("column").getAsString() + " -> "
                    + edge.getAsJsonObject("to").get("column").getAsString() + " " + edge.get("kind").getAsString());
        });
        assertTrue(described.containsAll(List.of("total_amount -> amount transformed",
                "amount -> total_amount aggregated", "amount -> amount transformed")), described::toString);
    }

    @Test
    void dotMermaidAndHtmlFormats() throws Exception {
        assertEquals(0, Main.run("lineage", JAFFLE.toString(), "--select", "stg_orders", "--format", "dot"));
        assertTrue(out.toString().startsWith("digraph lineage {"), out::toString);
        assertTrue(out.toString().contains("\"seed.jaffle_shop.raw_orders\" -> \"model.jaffle_shop.stg_orders\""));
        out.reset();
        assertEquals(0, Main.run("lineage", JAFFLE.toString(), "--select", "stg_orders", "--columns", "--format",
                "mermaid"));
        assertTrue(out.toString().contains("-.->|\"id → order_id (renamed)\"|"), out::toString);

        Path page = dir.resolve("lineage.html");
        assertEquals(0, Main.run("lineage", JAFFLE.toString(), "--select", "orders", "--columns", "--format", "html",
                "--output", page.toString()));
        String html = Files.readString(page);
        assertTrue(html.contains("<svg") && html.contains("\"model.jaffle_shop.orders\""));
        assertTrue(!html.contains("http://") || html.indexOf("http://") == html.indexOf("http://www.w3.org"),
                "nothing is fetched from the network");
    }
}
