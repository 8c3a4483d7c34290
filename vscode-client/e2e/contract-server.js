// A scripted server that speaks the agreed sandbox and lineage contract (the real server does not advertise them
// yet), so the extension's sandbox and lineage UI is tested in VS Code against the protocol. It records every
// custom request in $CONTRACT_LOG for the suite to check.
const fs = require('fs');
const path = require('path');
const rpc = require(path.join(__dirname, '../node_modules/vscode-jsonrpc/node'));

const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(process.stdin), new rpc.StreamMessageWriter(process.stdout));
const record = (method, params) => fs.appendFileSync(process.env.CONTRACT_LOG, JSON.stringify({ method, params }) + '\n');
const modelUri = (root, name, dir) => `file://${root}/models/${dir}/${name}.sql`;
let root = '';

conn.onRequest('initialize', params => {
    root = new URL(params.workspaceFolders[0].uri).pathname + '/analytics/jaffle_shop_duckdb';
    record('initialize', { initializationOptions: params.initializationOptions });
    return {
        capabilities: { textDocumentSync: 1, experimental: { modelsense: { compiledSql: true, sandboxRun: true, lineage: true } } },
        serverInfo: { name: 'contract-server', version: '0' },
    };
});
conn.onNotification('initialized', () => {
    conn.sendNotification('modelsense/status', { projects: [{ root, models: 3, errors: 0, state: 'ready' }] });
});
conn.onNotification('workspace/didChangeConfiguration', params => record('workspace/didChangeConfiguration', params));
conn.onRequest('modelsense/sandboxRun', async params => {
    record('modelsense/sandboxRun', params);
    if (params.workDoneToken) {
        conn.sendNotification('$/progress', { token: params.workDoneToken, value: { kind: 'begin', title: 'Sandbox run' } });
        conn.sendNotification('$/progress', { token: params.workDoneToken, value: { kind: 'report', message: 'building stg_orders' } });
        conn.sendNotification('$/progress', { token: params.workDoneToken, value: { kind: 'end' } });
    }
    const name = path.basename(new URL(params.uri).pathname, '.sql');
    if (name === 'customers') {
        return { model: name, sandbox: 'dev_e2e', columns: [], rows: [], rowCount: 0, elapsedMillis: 3, resolution: [],
            error: { message: 'Binder Error: column "x" not found', uri: params.uri, line: 2 } };
    }
    return { model: name, sandbox: 'dev_e2e', columns: [{ name: 'order_id', type: 'INTEGER' }, { name: 'status', type: 'VARCHAR' }],
        rows: [[1, 'placed'], [2, null]], rowCount: 2, elapsedMillis: 7, resolution: ['stg_orders: sandbox'] };
});
conn.onRequest('modelsense/lineage', params => {
    record('modelsense/lineage', params);
    return {
        nodes: [
            { id: 'model.jaffle_shop.stg_orders', name: 'stg_orders', kind: 'model', uri: modelUri(root, 'stg_orders', 'staging'), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
            { id: 'model.jaffle_shop.orders', name: 'orders', kind: 'model', uri: modelUri(root, 'orders', 'marts'), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
        ],
        edges: [{ from: 'model.jaffle_shop.stg_orders', to: 'model.jaffle_shop.orders', kind: 'ref' }],
    };
});
conn.onRequest('shutdown', () => null);
conn.onNotification('exit', () => process.exit(0));
conn.listen();
