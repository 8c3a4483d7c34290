package dev.modelsense.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modelsense.project.DiskFileSource;
import dev.modelsense.text.Position;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencesAndRenameTest {

    @TempDir
    static Path dir;
    static ServiceFixture shop;

    @BeforeAll
    static void compile() {
        shop = ServiceFixture.shop(dir)
                .file("snapshots/orders_snapshot.sql", """
                        {% snapshot orders_snapshot %}
                        {{ config(target_schema='snapshots', unique_key='order_id', strategy='check', check_cols='all') }}
                        select * from {{ ref("stg_orders") }}
                        {% endsnapshot %}
                        """)
                .file("analyses/order_mix.sql", "select status from {{ ref('shop', 'stg_orders') }}\n")
                .file("models/marts/orders.sql", """
                        select * from {{ ref('stg_orders') }}
                        join {{ ref('dim_products', v=1) }} using (product_id)
                        """)
                .file("models/marts/_tests.yml", """
                        version: 2
                        models:
                          - name: orders
                            columns:
                              - name: customer_id
                                data_tests:
                                  - relationships:
                                      to: ref('stg_customers')
                                      field: customer_id
                        """);
        shop.snapshot();
    }

    private static List<String> describe(List<Location> locations) {
        return locations.stream().map(l -> dir.toUri().relativize(java.net.URI.create(l.getUri())) + ":"
                + l.getRange().getStart().getLine() + ":" + l.getRange().getStart().getCharacter() + "-"
                + l.getRange().getEnd().getCharacter()).toList();
    }

    @Test
    void referencesOfAModelFromARef() {
        ServiceFixture.Cursor cursor = shop.open("models/marts/orders.sql", """
                select * from {{ ref('stg_ord|ers') }}
                join {{ ref('dim_products', v=1) }} using (product_id)
                """);
        List<String> found = describe(References.find(cursor.ctx(), cursor.position(), true));
        assertEquals(List.of(
                "models/staging/stg_orders.sql:0:0-0",
                "analyses/order_mix.sql:0:35-45",
                "models/marts/customers.sql:2:26-36",
                "models/marts/orders.sql:0:22-32",
                "models/staging/_staging.yml:2:10-20",
                "snapshots/orders_snapshot.sql:2:22-32"), found);
        assertEquals(found.subList(1, found.size()),
                describe(References.find(cursor.ctx(), cursor.position(), false)));
    }

    @Test
    void referencesFromTheModelsOwnFileAndFromItsYamlEntry() {
        DocumentContext own = shop.document("models/staging/stg_customers.sql").withFiles(new DiskFileSource());
        List<String> found = describe(References.find(own, new Position(0, 3), false));
        assertEquals(List.of("models/marts/_tests.yml:7:23-36", "models/marts/customers.sql:5:13-26",
                "models/staging/_staging.yml:11:10-23"), found);
        ServiceFixture.Cursor yaml = shop.open("models/staging/_staging.yml",
                "version: 2\nmodels:\n  - name: stg_orders\n  - name: stg_cust|omers\n");
        assertEquals(3, References.find(yaml.ctx().withFiles(new DiskFileSource()), yaml.position(), false).size());
    }

    @Test
    void referencesOfAVersionedModelCoverEveryVersion() {
        ServiceFixture.Cursor cursor = shop.open("models/new.sql", "{{ ref('dim_prod|ucts') }}");
        List<String> found = describe(References.find(cursor.ctx(), cursor.position(), true));
        assertEquals(List.of("models/marts/dim_products_v1.sql:0:0-0", "models/marts/dim_products_v2.sql:0:0-0",
                "models/marts/_marts.yml:2:10-22", "models/marts/orders.sql:1:13-25", "models/new.sql:0:8-20"), found);
    }

    @Test
    void renameEditsRefsYamlAndRenamesTheFile() {
        ServiceFixture.Cursor cursor = shop.open("models/marts/orders.sql", """
                select * from {{ ref('stg_ord|ers') }}
                join {{ ref('dim_products', v=1) }} using (product_id)
                """);
        assertEquals(dev.modelsense.text.Range.of(0, 22, 0, 32), Rename.prepare(cursor.ctx(), cursor.position()).orElseThrow());
        WorkspaceEdit edit = Rename.rename(cursor.ctx(), cursor.position(), "base_orders");
        List<TextDocumentEdit> textEdits = edit.getDocumentChanges().stream().filter(c -> c.isLeft())
                .map(c -> c.getLeft()).toList();
        assertEquals(5, textEdits.size(), textEdits.toString());
        assertTrue(textEdits.stream().flatMap(e -> e.getEdits().stream()).map(TextEdit::getNewText)
                .allMatch("base_orders"::equals));
        TextDocumentEdit current = textEdits.stream()
                .filter(e -> e.getTextDocument().getUri().equals(cursor.ctx().uri())).findFirst().orElseThrow();
        assertEquals(1, current.getTextDocument().getVersion(), "the open buffer's version guards the edit");
        List<RenameFile> files = edit.getDocumentChanges().stream().filter(c -> c.isRight())
                .map(c -> (RenameFile) c.getRight()).toList();
        assertEquals(1, files.size());
        assertEquals(shop.path("models/staging/stg_orders.sql").toUri().toString(), files.get(0).getOldUri());
        assertEquals(shop.path("models/staging/base_orders.sql").toUri().toString(), files.get(0).getNewUri());
        assertTrue(edit.getDocumentChanges().get(edit.getDocumentChanges().size() - 1).isRight(),
                "files are renamed after their text is edited");
    }

    @Test
    void renameOfAVersionedModelRenamesEachVersionsFile() {
        ServiceFixture.Cursor cursor = shop.open("models/new.sql", "{{ ref('dim_prod|ucts', v=2) }}");
        WorkspaceEdit edit = Rename.rename(cursor.ctx(), cursor.position(), "dim_items");
        String renamed = edit.getDocumentChanges().stream().filter(c -> c.isRight())
                .map(c -> ((RenameFile) c.getRight()).getNewUri().replaceAll(".*/", ""))
                .collect(Collectors.joining(","));
        assertEquals("dim_items_v1.sql,dim_items_v2.sql", renamed);
    }

    @Test
    void renameRefusesInvalidNamesTakenNamesAndPackageModels() {
        ServiceFixture.Cursor cursor = shop.open("models/new.sql", "{{ ref('stg_ord|ers') }}");
        IllegalArgumentException spaces = assertThrows(IllegalArgumentException.class,
                () -> Rename.rename(cursor.ctx(), cursor.position(), "my orders"));
        assertTrue(spaces.getMessage().contains("not a valid model name"), spaces.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rename.rename(cursor.ctx(), cursor.position(), "1st"));
        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> Rename.rename(cursor.ctx(), cursor.position(), "stg_customers"));
        assertTrue(taken.getMessage().contains("already exists"), taken.getMessage());

        ServiceFixture.Cursor pkg = shop.open("models/new.sql", "{{ ref('utils', 'util_da|tes') }}");
        assertTrue(Rename.prepare(pkg.ctx(), pkg.position()).isEmpty());
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                () -> Rename.rename(pkg.ctx(), pkg.position(), "dates"));
        assertTrue(foreign.getMessage().contains("package 'utils'"), foreign.getMessage());

        ServiceFixture.Cursor nowhere = shop.open("models/new.sql", "select 1 |as x");
        assertTrue(Rename.prepare(nowhere.ctx(), nowhere.position()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Rename.rename(nowhere.ctx(), nowhere.position(), "x"));
    }

    @Test
    void staleOrOddTextGivesNoReferences() {
        assertTrue(References.find(shop.document("models/new.sql", "\u0000\u0001 ref('"), new Position(0, 7), true)
                .isEmpty());
        assertFalse(References.find(shop.document("models/staging/stg_orders.sql", ""), new Position(40, 40), true)
                .isEmpty(), "the model's own file still names the model when its text was cleared");
    }
}
