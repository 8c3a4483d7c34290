package dev.modelsense.sandbox;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementGuardTest {

    private final StatementGuard guard = new StatementGuard("shop", "main_alice");

    @Test
    void writesInsideTheSandboxPass() {
        assertDoesNotThrow(() -> guard.check("create table \"shop\".\"main_alice\".\"t__ms_1\" as (select 1 as id)"));
        assertDoesNotThrow(() -> guard.check("create view main_alice.v as (select * from prod.orders)"));
        assertDoesNotThrow(() -> guard.check("drop view if exists \"shop\".\"main_alice\".\"v\" cascade"));
        assertDoesNotThrow(() -> guard.check("alter view \"shop\".\"main_alice\".\"v__ms_1\" rename to \"v\""));
        assertDoesNotThrow(() -> guard.check("insert into main_alice.t (id) select id from prod.t"));
        assertDoesNotThrow(() -> guard.check("delete from main_alice.t where id in (select id from main_alice.x)"));
        assertDoesNotThrow(() -> guard.check("create schema if not exists \"shop\".\"main_alice\""));
        assertDoesNotThrow(() -> guard.check("analyze \"shop\".\"main_alice\".\"customers\""));
        assertDoesNotThrow(() -> guard.check("select * from prod.orders"));
    }

    @Test
    void writesOutsideTheSandboxAreRefused() {
        assertRefused("create table prod.customers as (select 1)", "outside the sandbox schema");
        assertRefused("drop table if exists \"shop\".\"main\".\"customers\"", "outside the sandbox schema");
        assertRefused("insert into main.orders select * from main_alice.orders", "outside the sandbox schema");
        assertRefused("delete from orders", "unqualified");
        assertRefused("update prod.orders set status = 'x'", "outside the sandbox schema");
        assertRefused("alter table prod.orders rename to orders_old", "outside the sandbox schema");
        assertRefused("create table \"other_db\".\"main_alice\".\"t\" as (select 1)", "outside the sandbox database");
        assertRefused("drop schema main_alice cascade", "drops only tables and views");
        assertRefused("create schema if not exists main_bob", "not the sandbox");
        assertRefused("grant select on main_alice.t to public", "Grant");
        assertRefused("select 1; drop table prod.orders", "outside the sandbox schema");
    }

    @Test
    void dialectSqlInsideTheWrapperIsVerifiedLexically() {
        // DuckDB's '::' and list literals can be beyond the parser; the wrapper still holds one read-only query
        assertDoesNotThrow(() -> guard.check("create view main_alice.v as (\nselect [1, 2][1] as x, 'a;b' as s\n"
                + "-- a comment with ; and )\n)"));
        assertRefused("create view main_alice.v as (\nselect [1][1]) ; drop table prod.orders; select (1\n)",
                "drop of 'prod.orders' outside the sandbox schema");
        assertRefused("create view main_alice.v as (\nselect [1][1]) ; vacuum; select (1\n)", "cannot be verified");
        assertRefused("create table main_alice.t as (\nwith d as (delete from prod.x returning *) select [1][1]\n)",
                "'delete'");
    }

    @Test
    void unparseableStatementsAreRefusedNotGuessed() {
        assertRefused("vacuum full prod.orders", "cannot be verified");
    }

    private void assertRefused(String sql, String why) {
        SandboxException e = assertThrows(SandboxException.class, () -> guard.check(sql), sql);
        assertEquals(SandboxError.Kind.UNSAFE_STATEMENT, e.error().kind());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
