// End-to-end tests that run inside a real VS Code extension host (code-server), against the real server, through the
// `vscode` API only. The Playwright side (../exthost.js) loads this file with the workbench's test payload.
const vscode = require('vscode');
const cp = require('child_process');

const { log, eventually, runSuite } = require('./runner');

const EXTENSION_ID = 'modelsense.modelsense';
const tests = [];
const test = (name, body) => tests.push([name, body]);

function project() {
    return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'analytics', 'jaffle_shop_duckdb');
}

const model = relative => vscode.Uri.joinPath(project(), 'models', ...relative.split('/'));
let api;

async function open(relative) {
    const document = await vscode.workspace.openTextDocument(model(relative));
    const editor = await vscode.window.showTextDocument(document);
    return { document, editor };
}

function positionOf(document, text, offsetInText = 0) {
    const index = document.getText().indexOf(text);
    if (index < 0) {
        throw new Error(`${text} not in ${document.uri.path}`);
    }
    return document.positionAt(index + offsetInText);
}

async function replaceAll(document, text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
    if (!(await vscode.workspace.applyEdit(edit))) {
        throw new Error('edit refused');
    }
}

test('activates in a workspace with a nested dbt_project.yml and the server gets ready', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    if (!extension) {
        throw new Error(`${EXTENSION_ID} is not installed`);
    }
    api = await extension.activate();
    const client = await api.ready;
    if (!client) {
        throw new Error('the server did not start');
    }
    await eventually('a ready status with models', () => {
        const status = api.lastStatus();
        return status && status.projects.length === 1 && status.projects[0].state === 'ready' && status.projects[0].models > 5;
    });
    log(`timings ${JSON.stringify(api.timings)}`);
});

test('model files open as Jinja SQL', async () => {
    const { document } = await open('marts/orders.sql');
    if (document.languageId !== 'jinja-sql') {
        throw new Error(`languageId ${document.languageId}`);
    }
});

test('a broken ref gets a diagnostic, and it clears when fixed', async () => {
    const { document } = await open('marts/customers.sql');
    const original = document.getText();
    const broken = original.replace("ref('stg_customers')", "ref('stg_customerz')");
    if (broken === original) {
        throw new Error("customers.sql has no ref('stg_customers')");
    }
    await replaceAll(document, broken);
    const diagnostic = await eventually('ref-unknown diagnostic', () =>
        vscode.languages.getDiagnostics(document.uri).find(d => String(d.code?.value ?? d.code) === 'ref-unknown'));
    if (!/stg_customerz/.test(diagnostic.message) || diagnostic.range.start.line !== positionOf(document, 'stg_customerz').line) {
        throw new Error(`unexpected diagnostic ${diagnostic.message} at line ${diagnostic.range.start.line}`);
    }
    await replaceAll(document, original);
    await eventually('diagnostics to clear', () =>
        !vscode.languages.getDiagnostics(document.uri).some(d => String(d.code?.value ?? d.code) === 'ref-unknown'));
    await document.save();
});

test('a file never opened shows its diagnostics, and they clear when it is fixed on disk', async () => {
    const closed = model('marts/never_opened.sql');
    const write = text => vscode.workspace.fs.writeFile(closed, Buffer.from(text));
    const refUnknown = () => vscode.languages.getDiagnostics(closed).filter(d => String(d.code?.value ?? d.code) === 'ref-unknown');
    await write("select * from {{ ref('stg_orderz') }}\n");
    try {
        await eventually('ref-unknown on the closed file', () => refUnknown().length > 0);
        if (vscode.workspace.textDocuments.some(d => d.uri.toString() === closed.toString())) {
            throw new Error('the test opened the file');
        }
        await write("select * from {{ ref('stg_orders') }}\n");
        await eventually('the closed file to clear', () => refUnknown().length === 0);
    } finally {
        await vscode.workspace.fs.delete(closed);
    }
});

test("completion inside ref(' lists the project's models", async () => {
    const { document } = await open('marts/customers.sql');
    const original = document.getText();
    await replaceAll(document, original + "\n-- {{ ref('') }}\n");
    const position = positionOf(document, "-- {{ ref('", "-- {{ ref('".length);
    const labels = await eventually('model completions', async () => {
        const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position, "'");
        const names = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        return ['stg_orders', 'stg_customers', 'orders'].every(name => names.includes(name)) && names;
    });
    await replaceAll(document, original);
    await document.save();
    log(`ref completions: ${labels.slice(0, 8).join(', ')}`);
});

test('go to definition on a ref lands in the model file', async () => {
    const { document } = await open('marts/orders.sql');
    const position = positionOf(document, "ref('stg_orders')", "ref('stg".length);
    const locations = await eventually('a definition', async () => {
        const found = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, position);
        return found && found.length > 0 && found;
    });
    const target = locations[0].uri ?? locations[0].targetUri;
    if (!target.path.endsWith('/models/staging/stg_orders.sql')) {
        throw new Error(`definition went to ${target.path}`);
    }
});

test("the compiled SQL document equals the server's and refreshes as you type", async () => {
    const { document } = await open('staging/stg_orders.sql');
    const editor = await vscode.commands.executeCommand('modelsense.openCompiledSql', document.uri);
    const server = await api.client().sendRequest('modelsense/compiledSql', { uri: document.uri.toString() });
    if (server.status !== 'upToDate' || !/select/i.test(server.sql)) {
        throw new Error(`server answered ${server.status}: ${server.sql.slice(0, 80)}`);
    }
    await eventually('the compiled document to equal the server SQL', () => editor.document.getText() === server.sql, 20000);
    if (!editor.document.uri.scheme.startsWith('modelsense') || editor.document.getText().includes('{{')) {
        throw new Error('not a compiled document');
    }
    const original = document.getText();
    await replaceAll(document, '-- typed_marker_42\n' + original);
    await eventually('the compiled document to follow the edit', () => editor.document.getText().includes('typed_marker_42'), 30000);
    await replaceAll(document, original);
    await document.save();
    await eventually('the compiled document to drop the edit', () => !editor.document.getText().includes('typed_marker_42'), 30000);
});

test('code lenses open our compiled SQL view, and sandbox lenses need the server feature', async () => {
    const { document } = await open('marts/orders.sql');
    const lenses = await eventually('code lenses', async () => {
        const found = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri, 10);
        return found && found.length > 0 && found;
    });
    const titles = lenses.map(lens => `${lens.command && lens.command.title} -> ${lens.command && lens.command.command}`);
    log(`lenses: ${titles.join(' | ')}`);
    if (!titles.includes('Show compiled SQL -> modelsense.openCompiledSql')) {
        throw new Error(`lenses: ${titles}`);
    }
    if (!api.features().sandboxRun && titles.some(title => title.startsWith('Run in my sandbox'))) {
        throw new Error('a sandbox lens although the server does not run sandboxes');
    }
});

test('sandbox run returns rows on DuckDB', async () => {
    if (!api.features().sandboxRun) {
        return { pending: 'the server does not advertise experimental.modelsense.sandboxRun yet' };
    }
    // the model's parent is a seed that no production run has built here: build it into the sandbox first, as a
    // developer would, so the model's ref resolves to the sandbox
    const seed = await vscode.commands.executeCommand('modelsense.runSandbox',
        vscode.Uri.joinPath(project(), 'seeds', 'raw_orders.csv'));
    if (!seed || seed.error) {
        throw new Error(`seed run: ${JSON.stringify(seed).slice(0, 600)}`);
    }
    const result = await vscode.commands.executeCommand('modelsense.runSandbox', model('staging/stg_orders.sql'));
    if (!result || result.error || result.rows.length === 0) {
        throw new Error(`sandbox run: ${JSON.stringify(result).slice(0, 600)}`);
    }
    if (!result.resolution.some(line => line.startsWith('raw_orders') && line.includes('sandbox'))) {
        throw new Error(`the seed built in the sandbox was not used: ${result.resolution}`);
    }
});

test('lineage of a model lists its upstream models', async () => {
    if (!api.features().lineage) {
        return { pending: 'the server does not advertise experimental.modelsense.lineage yet' };
    }
    const lineage = await vscode.commands.executeCommand('modelsense.openLineage', model('marts/orders.sql'));
    if (!lineage.nodes.some(node => node.name === 'stg_orders')) {
        throw new Error(`lineage nodes: ${lineage.nodes.map(n => n.name)}`);
    }
});

test("a convention finding offers a quick fix that resolves it", async () => {
    const conventions = vscode.Uri.joinPath(project(), 'modelsense.yml');
    const marts = model('marts/_marts.yml');
    const added = model('marts/undocumented_revenue.sql');
    const originalMarts = await vscode.workspace.fs.readFile(marts);
    const code = d => String(d.code?.value ?? d.code);
    await vscode.workspace.fs.writeFile(conventions,
        Buffer.from('documentation:\n  layers:\n    marts: {model_description: true}\n'));
    await vscode.workspace.fs.writeFile(added, Buffer.from('select 1 as id\n'));
    try {
        const { document } = await open('marts/undocumented_revenue.sql');
        const finding = await eventually('doc-model-missing on the new model', () =>
            vscode.languages.getDiagnostics(document.uri).find(d => code(d) === 'doc-model-missing'), 30000);
        const actions = await eventually('a quick fix', async () => {
            const found = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri,
                finding.range, vscode.CodeActionKind.QuickFix.value);
            return found && found.some(action => action.edit) && found;
        });
        const fix = actions.find(action => action.edit);
        log(`quick fix: ${fix.title}`);
        if (!(await vscode.workspace.applyEdit(fix.edit))) {
            throw new Error('the quick fix edit was refused');
        }
        const yaml = vscode.workspace.textDocuments.find(d => d.uri.toString() === marts.toString());
        if (!yaml || !/- name: undocumented_revenue/.test(yaml.getText())) {
            throw new Error('the fix did not add the model to _marts.yml');
        }
        await eventually('the finding to clear', () =>
            !vscode.languages.getDiagnostics(document.uri).some(d => code(d) === 'doc-model-missing'), 30000);
        await vscode.workspace.saveAll(false);
    } finally {
        await vscode.workspace.fs.writeFile(marts, originalMarts);
        await vscode.workspace.fs.delete(added);
        await vscode.workspace.fs.delete(conventions);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
});

test('a killed server is restarted and answers again', async () => {
    const before = api.client();
    const pids = cp.execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
        .split('\n').filter(line => line.includes('modelsense.jar')).map(line => Number.parseInt(line, 10));
    if (pids.length !== 1) {
        throw new Error(`expected one server process, found ${pids.length}`);
    }
    process.kill(pids[0], 'SIGKILL');
    await eventually('a new running client', () => api.client() && api.client() !== before, 30000);
    const { document } = await open('marts/orders.sql');
    const position = positionOf(document, "ref('stg_orders')", "ref('stg".length);
    await eventually('a definition from the new server', async () => {
        const found = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, position);
        return found && found.length > 0;
    });
});

test('the restart command starts a fresh server', async () => {
    const before = api.client();
    await vscode.commands.executeCommand('modelsense.restartServer');
    await eventually('a new running client', () => api.client() && api.client() !== before, 30000);
});

exports.run = () => runSuite(tests, () => api && api.timings);
