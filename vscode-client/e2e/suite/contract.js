// The sandbox and lineage UI against a server that advertises them (./contract-server.js), inside a real VS Code.
const vscode = require('vscode');
const fs = require('fs');
const { runSuite, eventually } = require('./runner');

const project = () => vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'analytics', 'jaffle_shop_duckdb');
const model = relative => vscode.Uri.joinPath(project(), 'models', ...relative.split('/'));
const requests = method => fs.readFileSync(process.env.CONTRACT_LOG, 'utf8').trim().split('\n').map(JSON.parse).filter(r => r.method === method);
const tabLabels = () => vscode.window.tabGroups.all.flatMap(group => group.tabs.map(tab => tab.label));
let api;

const tests = [
    ['advertised features enable the sandbox and lineage commands', async () => {
        api = await vscode.extensions.getExtension('modelsense.modelsense').activate();
        await api.ready;
        const features = api.features();
        if (!features.sandboxRun || !features.lineage) {
            throw new Error(`features ${JSON.stringify(features)}`);
        }
        const init = requests('initialize')[0];
        if (!init.params.initializationOptions.modelsense || init.params.initializationOptions.modelsense.target !== 'e2e_target') {
            throw new Error(`initializationOptions ${JSON.stringify(init.params.initializationOptions)}`);
        }
    }],
    ['a sandbox run sends the model and limit and opens the result table', async () => {
        const result = await vscode.commands.executeCommand('modelsense.runSandbox', model('staging/stg_orders.sql'));
        if (!result || result.rows.length !== 2) {
            throw new Error(`result ${JSON.stringify(result)}`);
        }
        const sent = requests('modelsense/sandboxRun').pop().params;
        if (!sent.uri.endsWith('/models/staging/stg_orders.sql') || sent.limit !== 25 || !sent.workDoneToken) {
            throw new Error(`sent ${JSON.stringify(sent)}`);
        }
        await eventually('the sandbox tab', () => tabLabels().includes('Sandbox: stg_orders'));
    }],
    ['a sandbox error still shows its panel', async () => {
        const result = await vscode.commands.executeCommand('modelsense.runSandbox', model('marts/customers.sql'));
        if (!result.error) {
            throw new Error('no error');
        }
        await eventually('the error tab', () => tabLabels().includes('Sandbox: customers'));
    }],
    ['lineage opens a panel for the model', async () => {
        const lineage = await vscode.commands.executeCommand('modelsense.openLineage', model('marts/orders.sql'));
        if (lineage.nodes.length !== 2) {
            throw new Error(`lineage ${JSON.stringify(lineage)}`);
        }
        await eventually('the lineage tab', () => tabLabels().includes('Lineage: orders.sql'));
    }],
    ['changed settings reach the server mapped', async () => {
        await vscode.workspace.getConfiguration('modelsense').update('diagnostics.ignore', ['sql-syntax'], vscode.ConfigurationTarget.Global);
        const change = await eventually('didChangeConfiguration', () => requests('workspace/didChangeConfiguration')
            .find(r => r.params.settings.modelsense.diagnostics.ignore.includes('sql-syntax')));
        if (change.params.settings.modelsense.target !== 'e2e_target') {
            throw new Error(`settings ${JSON.stringify(change.params)}`);
        }
    }],
];

exports.run = () => runSuite(tests, () => api && api.timings);
