const test = require('node:test');
const assert = require('node:assert/strict');
const { serverSettings, expandFolder, needsRestart } = require('../../out/settings');

const getter = values => key => values[key];

test('defaults send nothing but empty diagnostics and sandbox sections', () => {
    assert.deepEqual(serverSettings(getter({ profilesDir: '', target: '', vars: {}, debounceMillis: 250 })),
        { debounceMillis: 250, diagnostics: { ignore: [], severity: {} }, sandbox: {} });
});

test('every setting maps to the key the server reads', () => {
    const settings = serverSettings(getter({
        profilesDir: '${workspaceFolder}/config', target: ' prod ', vars: { start: '2020-01-01' }, debounceMillis: 0,
        'diagnostics.ignore': ['sql-syntax', ' ', 'ref-unknown '], 'diagnostics.severity': { 'column-not-produced': 'Warning', bad: 'loud' },
        'sandbox.user': 'ana', 'sandbox.schemaTemplate': 'dev_{user}', 'sandbox.limit': 100.7,
    }), '/ws');
    assert.deepEqual(settings, {
        profilesDir: '/ws/config', target: 'prod', vars: { start: '2020-01-01' }, debounceMillis: 0,
        diagnostics: { ignore: ['sql-syntax', 'ref-unknown'], severity: { 'column-not-produced': 'warning' } },
        sandbox: { user: 'ana', schemaTemplate: 'dev_{user}', limit: 100 },
    });
});

test('vars may be YAML text; a negative debounce is left to the server default', () => {
    const settings = serverSettings(getter({ vars: '{days: 3}', debounceMillis: -5 }));
    assert.equal(settings.vars, '{days: 3}');
    assert.equal('debounceMillis' in settings, false);
});

test('~ and ${workspaceFolder} expand', () => {
    assert.equal(expandFolder('~/dbt', undefined, '/home/ana'), '/home/ana/dbt');
    assert.equal(expandFolder('~other/dbt', undefined, '/home/ana'), '~other/dbt');
    assert.equal(expandFolder('${workspaceFolder}/a/${workspaceFolder}', '/w'), '/w/a//w');
});

test('only Java and server settings need a restart', () => {
    assert.equal(needsRestart(section => section === 'modelsense.java.home'), true);
    assert.equal(needsRestart(section => section === 'modelsense.server.vmArgs'), true);
    assert.equal(needsRestart(section => section === 'modelsense.target'), false);
});
