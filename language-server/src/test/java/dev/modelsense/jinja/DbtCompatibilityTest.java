package dev.modelsense.jinja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case is a template and what Python Jinja2 inside dbt prints for it (reasoned from Jinja2's and dbt's rules,
 * the research note's probe cases c01-c23).
 */
class DbtCompatibilityTest {

    private static final String ROOT_MACROS = """
            {% macro cents_to_dollars(column_name, scale=2) -%}
                ({{ column_name }} / 100)::numeric(16, {{ scale }})
            {%- endmacro %}
            {% macro get_list() %}{{ return([1, 2, 3]) }}{% endmacro %}
            {% macro get_dict() %}{% do return({'a': 1, 'b': [1, 2]}) %}{% endmacro %}
            {% macro get_bool(x) %}{{ return(x > 0) }}{% endmacro %}
            {% macro early_exit() %}before{% if true %}{% do return('early') %}{% endif %}after{% endmacro %}
            {% macro wrap(tag) %}<{{ tag }}>{{ caller() }}</{{ tag }}>{% endmacro %}
            {% macro each(items) %}{% for i in items %}{{ caller(i) }}{% endfor %}{% endmacro %}
            {% macro args_demo(a, b=2, sep='; ', order_by='n desc') -%}
                {{ a }}{{ sep }}{{ b }}{{ sep }}{{ order_by }}|{{ varargs | length }}|{{ kwargs | length }}
            {%- endmacro %}
            {% macro fact(n) %}{% if n <= 1 %}{{ return(1) }}{% else %}{{ return(n * fact(n - 1)) }}{% endif %}{% endmacro %}
            {% macro append_default(x, acc=[]) %}{% do acc.append(x) %}{{ acc | length }}{% endmacro %}
            {% macro schema_default(s=target.schema) %}{{ s }}{% endmacro %}
            {% macro default__hash(field) %}md5_root({{ field }}){% endmacro %}
            {% macro fail_inside(x) %}{{ exceptions.raise_compiler_error('bad value: ' ~ x) }}{% endmacro %}
            """;

    private static final String UTILS_MACROS = """
            {% macro star(from, except=[], relation_alias=none) -%}
                {{ return(adapter.dispatch('star', 'dbt_utils')(from, except, relation_alias)) }}
            {%- endmacro %}
            {% macro default__star(from, except=[], relation_alias=none) -%}
                {%- set cols = [] -%}
                {%- for col in ['ID', 'NAME', '_LOADED_AT'] if col | lower not in (except | map('lower') | list) -%}
                {%- endfor -%}
                {%- for col in ['ID', 'NAME', '_LOADED_AT'] -%}
                    {%- if col | lower not in (except | map('lower') | list) -%}{% do cols.append(col) %}{%- endif -%}
                {%- endfor -%}
                {%- for col in cols -%}
                    {%- if relation_alias %}{{ relation_alias }}.{% endif -%}{{ adapter.quote(col) }}{% if not loop.last %}, {% endif %}
                {%- endfor -%}
            {%- endmacro %}
            {% macro generate_surrogate_key(fields) -%}
                {{ return(adapter.dispatch('generate_surrogate_key', 'dbt_utils')(fields)) }}
            {%- endmacro %}
            {% macro default__generate_surrogate_key(fields) -%}
                {{ dbt.hash(fields | join("||")) }}
            {%- endmacro %}
            """;

    private static final String DBT_EXTRA = """
            {% macro hash(field) -%}{{ return(adapter.dispatch('hash', 'dbt')(field)) }}{%- endmacro %}
            {% macro default__hash(field) -%}md5(cast({{ field }} as varchar)){%- endmacro %}
            {% macro concat(fields) -%}{{ return(adapter.dispatch('concat', 'dbt')(fields)) }}{%- endmacro %}
            {% macro default__concat(fields) -%}{{ fields | join(' || ') }}{%- endmacro %}
            {% macro postgres__concat(fields) -%}concat({{ fields | join(', ') }}){%- endmacro %}
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                c("c01 ref/source/config/var/env_var/this", """
                        {{ config(materialized='incremental', unique_key='order_id') }}
                        select * from {{ ref('stg_orders') }} join {{ source('jaffle', 'customers') }} join {{ ref('finance', 'payments') }} join {{ ref('dim_customers', version=2) }}
                        where status = '{{ var("status", "completed") }}' and region = '{{ var("region") }}'
                        and env = '{{ env_var("DBT_ENV_NAME", "local") }}' and tgt = '{{ target.name }}.{{ target.schema }}'
                        {% if is_incremental() %} and updated_at > (select max(updated_at) from {{ this }}){% endif %}
                        -- {{ config.get('materialized') }} {{ config.get('nope', 'dflt') }}""",
                        """

                        select * from "warehouse"."staging"."stg_orders" join "raw"."jaffle"."customers" join "warehouse"."finance"."payments" join "warehouse"."marts"."dim_customers_v2"
                        where status = 'completed' and region = 'emea'
                        and env = 'local' and tgt = 'dev.analytics'

                        -- incremental dflt"""),
                c("c02 set block", "{% set q %} select id from {{ ref('stg_orders') }} {% endset %}[{{ q | trim }}] len={{ q | trim | length }}",
                        "[select id from \"warehouse\".\"staging\".\"stg_orders\"] len=49"),
                c("c03 do append, loop.last, inline if",
                        "{% set cols = [] %}{% for c in ['a','b','c'] %}{% do cols.append(c | upper) %}{% endfor %}"
                                + "{% for c in cols %}{{ c }}{% if not loop.last %}, {% endif %}{{ ' first' if loop.first }}{% endfor %}",
                        "A,  firstB, C"),
                c("c04 namespace and scoping",
                        "{% set ns = namespace(found=false, n=0) %}{% set outer = 'o' %}{% for i in [1, 2, 3] %}"
                                + "{% if i == 2 %}{% set ns.found = true %}{% endif %}{% set ns.n = ns.n + i %}{% set outer = 'inner' %}{% endfor %}"
                                + "{% if true %}{% set leaked = 'yes' %}{% endif %}{{ ns.found }} {{ ns.n }} {{ outer }} {{ leaked }}",
                        "True 6 o yes"),
                c("c05 return values", "{% for i in get_list() %}{{ i * 10 }} {% endfor %}|{{ get_dict()['b'] | length }}|{{ get_dict().a }}|"
                        + "{% if get_bool(0) %}yes{% else %}no{% endif %}|{{ early_exit() }}",
                        "10 20 30 |2|1|no|early"),
                c("c07 dispatch, package namespaces, root override",
                        "{{ dbt_utils.star(from=ref('stg_orders'), except=['_LOADED_AT'], relation_alias='o') }}|"
                                + "{{ dbt_utils.generate_surrogate_key(['order_id', 'customer_id']) }}|{{ cents_to_dollars('amount') }}|"
                                + "{{ adapter.dispatch('concat', 'dbt')(['a', 'b']) }}|{{ generate_schema_name('marts') }}|{{ generate_schema_name(none) }}",
                        "o.\"ID\", o.\"NAME\"|md5_root(order_id||customer_id)|(amount / 100)::numeric(16, 2)|concat(a, b)|analytics_marts|analytics"),
                c("c08 python string methods",
                        "{% set s = '  Hello World  ' %}{{ s.strip() }}|{{ s.upper() }}|{{ s.strip().split(' ') }}|{{ 'a,b,c'.split(',') | join('+') }}|"
                                + "{{ s.strip().startswith('Hello') }}|{{ 'x_y'.replace('_', '-') }}|{{ '{}-{}'.format('a', 1) }}|{{ ', '.join(['a', 'b']) }}|"
                                + "{{ 'abc def'.title() }}|{{ 'abc'[0] }}{{ 'abcdef'[1:3] }}|{{ 'ab' in 'cabd' }}|{{ 'a.b.c'.split('.')[-1] }}|{{ 'abc'.capitalize() }}|{{ 'a1'.isdigit() }}",
                        "Hello World|  HELLO WORLD  |['Hello', 'World']|a+b+c|True|x-y|a-1|a, b|Abc Def|abc|True|c|Abc|False"),
                c("c09 dict and list operations",
                        "{% set d = {'a': 1, 'b': 2} %}{% do d.update({'c': 3}) %}{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}"
                                + "{{ d.get('zz', 'dflt') }}|{{ d.keys() | list | sort | join(',') }}|{% set l = [1, 2, 3] %}{{ l[1:] }}|{{ l[-1] }}|"
                                + "{% set a, b = [1, 'two'] %}{{ a }}{{ b }}|{{ [1, 'x'] }}|{{ d }}|{{ true }}|{{ 7 // 2 }}|{{ 2 ** 3 }}|{{ 7 % 3 }}",
                        "a=1;b=2;c=3;dflt|a,b,c|[2, 3]|3|1two|[1, 'x']|{'a': 1, 'b': 2, 'c': 3}|True|3|8|1"),
                c("c11 macro arguments, varargs, kwargs, recursion",
                        "{{ args_demo(1) }}#{{ args_demo(1, 3, ';', 'x', 4, 5, x=6) }}#{{ args_demo(a=9, b=8) }}#{{ fact(5) }}",
                        "1; 2; n desc|0|0#1;3;x|2|1#9; 8; n desc|0|0#120"),
                c("c11b spreads", "{% set args = [1, 5] %}{% set kw = {'sep': '/', 'order_by': 'k'} %}{{ args_demo(*args) }}#{{ args_demo(1, **kw) }}",
                        "1; 5; n desc|0|0#1/2/k|0|0"),
                c("c11c defaults per call", "{{ append_default(1) }}{{ append_default(2) }}|{{ schema_default() }}",
                        "11|analytics"),
                c("c12 call with caller", "{% call wrap('b') %}inner {{ 1 + 1 }}{% endcall %}", "<b>inner 2</b>"),
                c("c12b caller with arguments", "{% call(item) each([1, 2]) %}[{{ item }}]{% endcall %}", "[1][2]"),
                c("c13 whitespace control",
                        "{%- for i in [1, 2] %}\n  {{ i }}{{ ',' if not loop.last }}\n{%- endfor %}\n{# comment #}\n{%- set x = 1 -%}\n  x={{x}}\n{% if true -%}\n  yes\n{%- endif %}\n",
                        "\n  1,\n  2\nx=1\nyes"),
                c("c14 loop controls", "{% for i in [1, 2, 3, 4] %}{% if i == 2 %}{% continue %}{% endif %}{% if i == 4 %}{% break %}{% endif %}{{ i }}{% endfor %}|"
                        + "{% for x in ['a', 'b'] %}{{ loop.index0 }}{{ loop.revindex }}{{ loop.cycle('o', 'e') }}{% endfor %}",
                        "13|02o11e"),
                c("c16 json, yaml, zip, set, re, datetime",
                        "{{ fromjson('{\"a\": [1, 2]}')['a'][1] }}|{{ tojson({'a': 1, 'b': [true, none]}) }}|{{ fromyaml('x: 1')['x'] }}|"
                                + "{{ zip([1, 2], ['a', 'b']) | list | length }}|{{ set([1, 1, 2]) | length }}|{{ modules.re.sub('\\\\s+', ' ', 'a   b') }}|"
                                + "{{ modules.datetime.date(2024, 1, 31).strftime('%Y-%m') }}|{{ run_started_at.strftime('%Y') }}",
                        "2|{\"a\": 1, \"b\": [true, null]}|1|2|2|a b|2024-01|2024"),
                c("c17 root override of ref through builtins",
                        "{{ my_ref('stg_orders') }}", "\"staging\".\"stg_orders\""),
                c("c19 closing braces inside an expression", "{% set x = {'a': {'b': 1}} %}{{ x.a.b }}|{{ {'k': {'z': 2}}['k']['z'] }}", "1|2"),
                c("c21 string escapes", "[{{ '\\n  ' }}]|{{ \"it's\" }}|{{ 'tab\\tx' }}", "[\n  ]|it's|tab\tx"),
                c("c23 filters", "{{ [3, 1, 2] | max }}|{{ [3, 1, 2] | min }}|{{ 1.5 | round }}|{{ '3' | int + 1 }}|{{ [{'n': 'b'}, {'n': 'a'}] | sort(attribute='n') | map(attribute='n') | join }}|"
                        + "{{ {'a': 1} | tojson }}|{{ [1, 2] | sum }}", "3|1|2.0|4|ab|{\"a\": 1}|3"),
                c("c24 if with trailing colon and python literals", "{% if execute: %}yes{% endif %}|{{ True }}|{{ None is none }}", "yes|True|True"),
                c("c25 comment trimming both sides at the start", "{#- note -#}\nwith x", "with x"),
                c("c26 comment trimming inside text", "a\n  {#- note -#}\n  b", "ab"),
                c("c27 trailing comma in a call and in literals", "{{ [1, 2,] | length }}|{{ {'a': 1,}['a'] }}|{{ config(\n  materialized='table',\n) }}", "2|1|")
        );
    }

    private static Arguments c(String name, String template, String expected) {
        return Arguments.of(name, template, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersLikeJinja2(String name, String template, String expected) {
        String overrideRef = "{% macro my_ref(name) %}{% do return(builtins.ref(name).include(database=false)) %}{% endmacro %}";
        ProjectScope scope = Harness.scope(AdapterDialect.of("postgres"),
                Map.of("macros/root.sql", ROOT_MACROS, "macros/ref.sql", overrideRef),
                Map.of("dbt_utils", UTILS_MACROS), Map.of());
        scope = withExtraInternal(scope);
        FakeEnvironment env = FakeEnvironment.postgres().withRef("stg_orders", "staging");
        env.refs.put("finance.payments", Relation.create(env.dialect, "warehouse", "finance", "payments",
                RelationType.TABLE));
        env.refs.put("dim_customers.v2", Relation.create(env.dialect, "warehouse", "marts", "dim_customers_v2",
                RelationType.TABLE));
        env.sources.put("jaffle.customers", Relation.create(env.dialect, "raw", "jaffle", "customers", RelationType.TABLE));
        env.vars.put("region", "emea");
        assertEquals(expected, Harness.render(scope, env, template));
    }

    /** Adds the cross-database macros (written by another engineer for our global project) as extra 'dbt' files. */
    private static ProjectScope withExtraInternal(ProjectScope scope) {
        MacroRegistry.Builder builder = MacroRegistry.builder("my_project", List.of("dbt_utils"));
        builder.addFile("my_project", "macros/root.sql", ROOT_MACROS);
        builder.addFile("my_project", "macros/ref.sql",
                "{% macro my_ref(name) %}{% do return(builtins.ref(name).include(database=false)) %}{% endmacro %}");
        builder.addFile("dbt_utils", "dbt_packages/dbt_utils/macros.sql", UTILS_MACROS);
        builder.addFile("dbt", "test/cross_db.sql", DBT_EXTRA);
        return new ProjectScope(scope.rootPackage(), scope.dialect(), scope.dispatchSearchOrder(), builder.build(),
                scope.invocationId(), scope.runStartedAt(), scope.flags());
    }
}
