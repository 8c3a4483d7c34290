package dev.modelsense.services;

import dev.modelsense.compile.CompileRequest;
import dev.modelsense.compile.MetadataCache;
import dev.modelsense.compile.ProjectCompiler;
import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.jinja.JinjaEngine;
import dev.modelsense.jinja.RenderLimits;
import dev.modelsense.project.DiskFileSource;
import dev.modelsense.text.LineIndex;
import dev.modelsense.text.Position;
import dev.modelsense.text.TextDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small dbt project in a temporary folder, compiled once, and documents opened on it with {@code |} marking the
 * cursor. {@link #shop} is a project with staging models, a versioned model, sources, a seed, macros, docs, vars and
 * an installed package.
 */
final class ServiceFixture {

    /** A document with the cursor where the {@code |} was. */
    record Cursor(DocumentContext ctx, Position position) {
    }

    private final Path root;
    private final Map<String, String> files = new LinkedHashMap<>();
    private ProjectSnapshot snapshot;

    private ServiceFixture(Path root) {
        this.root = root;
        files.put("profiles.yml", """
                shop:
                  target: dev
                  outputs:
                    dev:
                      type: duckdb
                      path: target/shop.duckdb
                      schema: main
                """);
        files.put("dbt_project.yml", "name: shop\nprofile: shop\n");
    }

    static ServiceFixture in(Path root) {
        return new ServiceFixture(root);
    }

    static ServiceFixture shop(Path root) {
        return in(root)
                .file("dbt_project.yml", """
                        name: shop
                        profile: shop
                        vars:
                          start_date: '2020-01-01'
                          utils:
                            utils_limit: 5
                        models:
                          shop:
                            marts:
                              +materialized: table
                        """)
                .file("models/staging/stg_orders.sql", "select 1 as order_id, 2 as customer_id, 'new' as status\n")
                .file("models/staging/stg_customers.sql", "select 2 as customer_id, 'Ann' as first_name\n")
                .file("models/staging/_staging.yml", """
                        version: 2
                        models:
                          - name: stg_orders
                            description: One row per order.
                            columns:
                              - name: order_id
                                description: Primary key of orders.
                                data_type: integer
                              - name: customer_id
                              - name: status
                                description: '{{ doc("order_status") }}'
                          - name: stg_customers
                            columns:
                              - name: customer_id
                              - name: first_name
                        sources:
                          - name: raw
                            description: The raw shop data.
                            tables:
                              - name: orders
                                description: Orders as loaded.
                                columns:
                                  - name: id
                                    description: Order id.
                              - name: customers
                        """)
                .file("models/marts/customers.sql", """
                        {{ config(materialized='table') }}
                        with orders as (
                            select * from {{ ref('stg_orders') }}
                        )
                        select c.customer_id, c.first_name, count(o.order_id) as orders
                        from {{ ref('stg_customers') }} as c
                        left join orders o on o.customer_id = c.customer_id
                        group by 1, 2
                        """)
                .file("models/marts/dim_products_v1.sql", "select 1 as product_id\n")
                .file("models/marts/dim_products_v2.sql", "select 1 as product_id, 'x' as name\n")
                .file("models/marts/_marts.yml", """
                        version: 2
                        models:
                          - name: dim_products
                            description: Products.
                            latest_version: 2
                            columns:
                              - name: product_id
                            versions:
                              - v: 1
                              - v: 2
                          - name: customers
                            description: One row per customer.
                            columns:
                              - name: customer_id
                                description: The customer.
                        """)
                .file("models/raw_orders_copy.sql", "select * from {{ source('raw', 'orders') }}\n")
                .file("models/docs.md", "{% docs order_status %}\nWhere the order is in its life.\n{% enddocs %}\n")
                .file("macros/cents.sql", """
                        {% macro cents_to_dollars(column, scale=2) %}
                            {# Converts cents to dollars. #}
                            ({{ column }} / 100)::numeric(16, {{ scale }})
                        {% endmacro %}
                        """)
                .file("macros/insert_only.sql", """
                        {% materialization insert_only, default %}
                          {{ return({'relations': []}) }}
                        {% endmaterialization %}
                        """)
                .file("seeds/raw_payments.csv", "id,order_id,amount\n1,1,100\n")
                .file("dbt_packages/utils/dbt_project.yml", "name: utils\nvars:\n  utils_page: 10\n")
                .file("dbt_packages/utils/macros/star.sql", "{% macro star(from, except=[]) %}*{% endmacro %}\n")
                .file("dbt_packages/utils/models/util_dates.sql", "select 1 as date_day\n");
    }

    ServiceFixture file(String path, String text) {
        files.put(path, text);
        snapshot = null;
        return this;
    }

    Path path(String relative) {
        return root.resolve(relative).toAbsolutePath().normalize();
    }

    ProjectSnapshot snapshot() {
        if (snapshot == null) {
            try {
                for (Map.Entry<String, String> entry : files.entrySet()) {
                    Path file = root.resolve(entry.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, entry.getValue());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CompileRequest request = new CompileRequest(root, null, null, Map.of(), Map.of(), root.resolve("home"),
                    MetadataCache.EMPTY, 1);
            snapshot = new ProjectCompiler(new JinjaEngine(RenderLimits.defaults()), new DiskFileSource())
                    .compile(request);
        }
        return snapshot;
    }

    /** Opens {@code path} with {@code textWithCursor} (one {@code |}) as its unsaved text. */
    Cursor open(String path, String textWithCursor) {
        int at = textWithCursor.indexOf('|');
        if (at < 0) {
            throw new IllegalArgumentException("no | cursor marker in " + textWithCursor);
        }
        String text = textWithCursor.substring(0, at) + textWithCursor.substring(at + 1);
        Position position = LineIndex.of(text).positionAt(at);
        return new Cursor(document(path, text), position);
    }

    /** Opens {@code path} with its text as written to disk. */
    DocumentContext document(String path, String text) {
        Path file = path(path);
        return new DocumentContext(snapshot(), file, new TextDocument(file.toUri().toString(), 1, text));
    }

    DocumentContext document(String path) {
        return document(path, files.get(path));
    }
}
