const test = require('node:test');
const assert = require('node:assert/strict');
const { sandboxHtml, lineageHtml, lineageLayers, escapeHtml } = require('../../out/html');

const result = {
    model: 'orders', sandbox: 'dev_ana', columns: [{ name: 'id', type: 'INTEGER' }, { name: 'note', type: 'VARCHAR' }],
    rows: [[1, '<b>'], [2, null]], rowCount: 40, elapsedMillis: 12, resolution: ['customers: prod.main.customers'],
};

test('the sandbox table shows types, escapes values and says how many rows were shown', () => {
    const html = sandboxHtml(result, 'n0nce');
    assert.match(html, /<th>id<br><small>INTEGER<\/small><\/th><th>note<br><small>VARCHAR<\/small><\/th>/);
    assert.match(html, /<td>1<\/td><td>&lt;b&gt;<\/td>/);
    assert.match(html, /<td class="null">NULL<\/td>/);
    assert.match(html, /2 of 40 rows, 2 columns, 12 ms/);
    assert.match(html, /script-src 'nonce-n0nce'/);
    assert.match(html, /customers: prod.main.customers/);
});

test('a sandbox error links to the model line', () => {
    const html = sandboxHtml({ ...result, error: { message: 'Binder Error: column x', uri: 'file:///w/m.sql', line: 4 } }, 'n');
    assert.match(html, /<p class="error" id="error">Binder Error: column x<\/p>/);
    assert.match(html, /data-uri="file:\/\/\/w\/m.sql" data-line="4">open the model at line 5</);
});

test('lineage layers put every node right of its parents, and survive a cycle', () => {
    const nodes = ['a', 'b', 'c', 'd'].map(id => ({ id, name: id, kind: 'model' }));
    const layers = lineageLayers({ nodes, edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'a', to: 'c' }, { from: 'x', to: 'd' }] });
    assert.deepEqual(Object.fromEntries(layers), { a: 0, b: 1, c: 2, d: 0 });
    const cyclic = lineageLayers({ nodes: nodes.slice(0, 2), edges: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }] });
    assert.equal(cyclic.size, 2);
});

test('lineage nodes navigate to their file and the focused model is marked', () => {
    const html = lineageHtml({
        nodes: [{ id: 'm.a', name: 'a', kind: 'model', uri: 'file:///w/a.sql', range: { start: { line: 0, character: 0 } } },
            { id: 's.raw', name: 'raw', kind: 'source' }],
        edges: [{ from: 's.raw', to: 'm.a', kind: 'ref' }],
    }, 'file:///w/a.sql', 'n');
    assert.match(html, /<g class="node focus" data-uri="file:\/\/\/w\/a.sql" data-line="0" data-id="m.a">/);
    assert.match(html, /<g class="node" data-id="s.raw">/);
    assert.equal((html.match(/class="edge"/g) || []).length, 1);
    assert.equal(escapeHtml(`'"`), '&#39;&quot;');
});
