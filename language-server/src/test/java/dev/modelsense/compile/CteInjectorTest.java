package dev.modelsense.compile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected strings follow dbt-core's inject_ctes_into_sql token by token (sqlparse's top-level tokens). */
class CteInjectorTest {

    private static final CteInjector.InjectedCte A = CteInjector.InjectedCte.of("model.p.a", "__dbt__cte__a",
            "select 1 as id");
    private static final CteInjector.InjectedCte B = CteInjector.InjectedCte.of("model.p.b", "__dbt__cte__b",
            "select * from __dbt__cte__a");

    @Test
    void addsWithBeforeTheFirstTokenWhenThereIsNone() {
        assertEquals("with __dbt__cte__a as (\nselect 1 as id\n) select * from __dbt__cte__a",
                CteInjector.inject("select * from __dbt__cte__a", List.of(A)));
    }

    @Test
    void keepsLeadingWhitespaceBeforeTheAddedWith() {
        assertEquals("\n\nwith __dbt__cte__a as (\nselect 1 as id\n) select 1",
                CteInjector.inject("\n\nselect 1", List.of(A)));
    }

    @Test
    void aLeadingCommentIsTheFirstToken() {
        assertEquals("with __dbt__cte__a as (\nselect 1 as id\n) -- note\nselect 1",
                CteInjector.inject("-- note\nselect 1", List.of(A)));
    }

    @Test
    void joinsAfterAnExistingWithAndAddsACommaAndSpace() {
        assertEquals("with  __dbt__cte__a as (\nselect 1 as id\n), x as (select 1)\nselect * from x",
                CteInjector.inject("with x as (select 1)\nselect * from x", List.of(A)));
    }

    @Test
    void findsWithAfterALeadingComment() {
        assertEquals("/* c */ WITH  __dbt__cte__a as (\nselect 1 as id\n), x as (select 1) select 1",
                CteInjector.inject("/* c */ WITH x as (select 1) select 1", List.of(A)));
    }

    @Test
    void whitespaceAfterWithStaysBeforeTheCtes() {
        assertEquals("with\n     __dbt__cte__a as (\nselect 1 as id\n), x as (select 1) select 1",
                CteInjector.inject("with\n    x as (select 1) select 1", List.of(A)));
    }

    @Test
    void injectsAfterRecursive() {
        assertEquals("with recursive  __dbt__cte__a as (\nselect 1 as id\n), t as (select 1) select * from t",
                CteInjector.inject("with recursive t as (select 1) select * from t", List.of(A)));
    }

    @Test
    void severalCtesAreJoinedInOrder() {
        assertEquals("with __dbt__cte__a as (\nselect 1 as id\n),  __dbt__cte__b as (\nselect * from __dbt__cte__a\n)"
                        + " select * from __dbt__cte__b",
                CteInjector.inject("select * from __dbt__cte__b", List.of(A, B)));
    }

    @Test
    void ignoresWithInsideParenthesesAndStrings() {
        assertEquals("with __dbt__cte__a as (\nselect 1 as id\n) select 'with' from (with y as (select 1) select * from y)",
                CteInjector.inject("select 'with' from (with y as (select 1) select * from y)", List.of(A)));
    }

    @Test
    void nothingToInjectLeavesSqlUntouched() {
        assertEquals("select 1", CteInjector.inject("select 1", List.of()));
    }
}
