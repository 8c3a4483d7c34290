const test = require('node:test');
const assert = require('node:assert/strict');
const { statusView } = require('../../out/statusText');
const { serverFeatures } = require('../../out/protocol');

test('one ready project shows its model count', () => {
    const view = statusView({ projects: [{ root: '/w/jaffle_shop', models: 12, errors: 0, state: 'ready' }] });
    assert.equal(view.text, '$(check) jaffle_shop: 12 models');
    assert.equal(view.severity, 'ok');
    assert.match(view.tooltip, /jaffle_shop: 12 models, 0 errors \(ready\) — \/w\/jaffle_shop/);
});

test('errors, compiling and failed builds across projects', () => {
    const a = { root: '/w/a', models: 1, errors: 1, state: 'ready' };
    const b = { root: '/w/b', models: 2, errors: 2, state: 'ready' };
    assert.equal(statusView({ projects: [a, b] }).text, '$(error) 2 projects: 3 models, 3 errors');
    assert.equal(statusView({ projects: [a, { ...b, state: 'compiling' }] }).text, '$(sync~spin) 2 projects: compiling…');
    assert.equal(statusView({ projects: [{ ...a, state: 'failed' }] }).severity, 'error');
    assert.equal(statusView({ projects: [] }).severity, 'warning');
});

test('features are on only when the server says true', () => {
    assert.deepEqual(serverFeatures(undefined), { compiledSql: false, sandboxRun: false, lineage: false });
    assert.deepEqual(serverFeatures({ modelsense: { compiledSql: true, sandboxRun: true, lineage: 'yes' } }),
        { compiledSql: true, sandboxRun: true, lineage: false });
});
