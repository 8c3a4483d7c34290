package dev.modelsense.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sandbox runs against a real PostgreSQL 14 server started by the test. */
class PostgresSandboxTest {

    private static PostgresServer server;
    private static String startFailure;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        try {
            server = PostgresServer.start();
        } catch (Exception e) {
            startFailure = e.getMessage();
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private Path project(String name, String password, Map<String, String> models) {
        Assumptions.assumeTrue(server != null, () -> "PostgreSQL could not be started here: " + startFailure);
        Map<String, String> files = new java.util.HashMap<>(models);
        files.put("dbt_project.yml", "name: shop\nprofile: shop\n");
        files.put("profiles.yml", "shop:\n  target: dev\n  outputs:\n" + server.profile("dev", "analytics", password));
        return SandboxFixture.write(dir.resolve(name), files);
    }

    private static Connection admin() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres",
                PostgresServer.USER, PostgresServer.PASSWORD);
    }

    private static RunResult run(Path root, String select, String user, CancellationToken token) {
        return SandboxFixture.runner().run(RunRequest.of(SandboxFixture.compile(root), List.of(select)).withUser(user),
                ProgressListener.SILENT, token);
    }

    @Test
    void twoDevelopersRunTheSameModelAtOnceWithoutTouchingEachOther() throws Exception {
        Path root = project("two", PostgresServer.PASSWORD, Map.of(
                "models/report.sql", "{{ config(materialized='table') }}\n"
                        + "select '{{ env_var(\"WHO\", \"x\") }}' as who, g as n from generate_series(1, 1000) g\n"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch together = new CountDownLatch(2);
        List<CompletableFuture<RunResult>> runs = new ArrayList<>();
        for (String user : List.of("alice", "bob")) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                together.countDown();
                try {
                    together.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return SandboxFixture.runner().run(RunRequest.of(SandboxFixture.compile(root).withEnv(Map.of("WHO",
                        user)), List.of("report")).withUser(user), ProgressListener.SILENT, CancellationToken.none());
            }, pool));
        }
        for (CompletableFuture<RunResult> run : runs) {
            SandboxFixture.finished(run.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        try (Connection db = admin()) {
            assertEquals(List.of(List.of("alice", 1000L)), SandboxFixture.query(db,
                    "select who, count(*) from analytics_alice.report group by who"));
            assertEquals(List.of(List.of("bob", 1000L)), SandboxFixture.query(db,
                    "select who, count(*) from analytics_bob.report group by who"));
            assertEquals(List.of(), SandboxFixture.query(db, "select table_schema, table_name from "
                    + "information_schema.tables where table_name like 'report%' and table_name <> 'report'"));
        }
    }

    @Test
    void wrongPasswordSaysSoWithoutThePassword() {
        Path root = project("pw", "not-the-Password-123", Map.of("models/m.sql", "select 1 as id\n"));
        RunResult.Aborted aborted = assertInstanceOf(RunResult.Aborted.class,
                run(root, "m", "ann", CancellationToken.none()));
        assertEquals(SandboxError.Kind.AUTHENTICATION, aborted.error().kind());
        assertTrue(aborted.error().message().contains("check user and password"), aborted.error().message());
        assertFalse(aborted.error().message().contains("not-the-Password-123"));
    }

    @Test
    void connectionRefusedIsClear() throws Exception {
        Assumptions.assumeTrue(server != null, () -> "PostgreSQL could not be started here: " + startFailure);
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path root = SandboxFixture.write(dir.resolve("refused"), Map.of(
                "dbt_project.yml", "name: shop\nprofile: shop\n",
                "profiles.yml", "shop:\n  target: dev\n  outputs:\n    dev:\n      type: postgres\n      host: 127.0.0.1\n"
                        + "      port: " + closedPort + "\n      user: u\n      password: pw-secret\n"
                        + "      dbname: d\n      schema: s\n",
                "models/m.sql", "select 1 as id\n"));
        RunResult.Aborted aborted = assertInstanceOf(RunResult.Aborted.class,
                run(root, "m", "ann", CancellationToken.none()));
        assertEquals(SandboxError.Kind.CONNECTION_REFUSED, aborted.error().kind());
        assertTrue(aborted.error().message().contains("Cannot connect to postgres target 'dev' at 127.0.0.1:"
                + closedPort), aborted.error().message());
        assertFalse(aborted.error().message().contains("pw-secret"));
    }

    @Test
    void cancellingALongQueryStopsItOnTheServerAndLeavesNoRelation() throws Exception {
        Path root = project("cancel", PostgresServer.PASSWORD, Map.of(
                "models/slow.sql", "{{ config(materialized='table') }}\nselect 1 as id from (select pg_sleep(60)) s\n"));
        CancellationToken token = new CancellationToken();
        CompletableFuture<RunResult> running = CompletableFuture.supplyAsync(() -> run(root, "slow", "carl", token));
        try (Connection db = admin()) {
            // cancel once the server is really running the sleep
            while (!running.isDone() && SandboxFixture.query(db, "select 1 from pg_stat_activity where query like "
                    + "'%pg_sleep(60)%' and state = 'active' and pid <> pg_backend_pid()").isEmpty()) {
                Thread.onSpinWait();
            }
            assertFalse(running.isDone(), () -> "the run ended before it was cancelled: " + running.join());
            long started = System.nanoTime();
            token.cancel();
            RunResult.Finished done = (RunResult.Finished) running.get(30, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30));
            ModelOutcome.Failed failed = assertInstanceOf(ModelOutcome.Failed.class, done.outcomes().get(0));
            assertEquals(SandboxError.Kind.CANCELLED, failed.error().kind());
            assertEquals(List.of(), SandboxFixture.query(db, "select table_name from information_schema.tables "
                    + "where table_schema = 'analytics_carl' and table_name <> '_modelsense_builds'"));
        }
    }

    @Test
    void aStatementOverTheTimeoutIsStoppedWithAClearMessageAndNoRelation() throws Exception {
        Path root = project("timeout", PostgresServer.PASSWORD, Map.of(
                "models/slow.sql", "{{ config(materialized='table') }}\nselect 1 as id from (select pg_sleep(30)) s\n"));
        RunResult.Finished done = (RunResult.Finished) SandboxFixture.runner().run(
                RunRequest.of(SandboxFixture.compile(root), List.of("slow")).withUser("tina").withStatementTimeout(1),
                ProgressListener.SILENT, CancellationToken.none());
        ModelOutcome.Failed failed = assertInstanceOf(ModelOutcome.Failed.class, done.outcomes().get(0));
        assertEquals(SandboxError.Kind.TIMEOUT, failed.error().kind(), failed.error()::toString);
        try (Connection db = admin()) {
            assertEquals(List.of(), SandboxFixture.query(db, "select table_name from information_schema.tables "
                    + "where table_schema = 'analytics_tina' and table_name <> '_modelsense_builds'"));
        }
    }

    @Test
    void incrementalMergeOnPostgres() throws Exception {
        Path root = project("inc", PostgresServer.PASSWORD, Map.of(
                "models/orders.sql", """
                        {{ config(materialized='incremental', unique_key='id', incremental_strategy='merge') }}
                        select id, status from public.raw_orders
                        {% if is_incremental() %}where id >= (select max(id) from {{ this }}){% endif %}
                        """));
        try (Connection db = admin()) {
            SandboxFixture.execute(db, "drop table if exists public.raw_orders",
                    "create table public.raw_orders as select * from (values (1, 'new'), (2, 'new')) t(id, status)");
            SandboxFixture.finished(run(root, "orders", "dana", CancellationToken.none()));
            SandboxFixture.execute(db, "update public.raw_orders set status = 'shipped' where id = 2",
                    "insert into public.raw_orders values (3, 'new')");
            RunResult.Finished second = SandboxFixture.finished(run(root, "orders", "dana", CancellationToken.none()));
            assertEquals("incremental merge", ((ModelOutcome.Built) second.outcomes().get(0)).how());
            assertEquals(List.of(List.of(1, "new"), List.of(2, "shipped"), List.of(3, "new")),
                    SandboxFixture.query(db, "select id, status from analytics_dana.orders order by id"));
        }
    }

    @Test
    void aWarehouseReachedThroughADriverJarOnTheDriverPathRunsLikeAnyOther() throws Exception {
        Assumptions.assumeTrue(server != null, () -> "PostgreSQL could not be started here: " + startFailure);
        // the PostgreSQL driver stands in for any vendor's JDBC jar: loaded from the driver path, not the class path
        Path driverJar = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, String> files = new java.util.HashMap<>();
        files.put("dbt_project.yml", "name: shop\nprofile: shop\n");
        files.put("profiles.yml", "shop:\n  target: dev\n  outputs:\n    dev:\n      type: postgres\n"
                + "      jdbc_url: jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres\n"
                + "      driver_class: org.postgresql.Driver\n      user: " + PostgresServer.USER + "\n"
                + "      password: " + PostgresServer.PASSWORD + "\n      database: postgres\n      schema: generic\n");
        files.put("models/numbers.sql", "{{ config(materialized='table') }}\nselect 1 as n union all select 2\n");
        Path root = SandboxFixture.write(dir.resolve("driver"), files);
        RunResult.Finished run = SandboxFixture.finished(SandboxFixture.runner().run(
                RunRequest.of(SandboxFixture.compile(root), List.of("numbers")).withUser("dora")
                        .withDriverPath(List.of(driverJar)), ProgressListener.SILENT, CancellationToken.none()));
        assertEquals(2, run.preview().orElseThrow().rows().size());
    }
}
