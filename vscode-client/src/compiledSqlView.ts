// The compiled SQL of a model as a read-only virtual document beside it, following the active model and refreshed
// as the user types (the server answers `stale` until the new build lands, and its status notification says when).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { COMPILED_SQL, CompiledSqlResult } from './protocol';

export const COMPILED_SCHEME = 'modelsense-compiled';

export function compiledUri(source: vscode.Uri): vscode.Uri {
    const name = source.path.split('/').pop() ?? 'model.sql';
    return vscode.Uri.from({ scheme: COMPILED_SCHEME, path: `/${name.replace(/\.sql$/, '')} (compiled).sql`, query: source.toString() });
}

export function sourceOf(compiled: vscode.Uri): vscode.Uri {
    return vscode.Uri.parse(compiled.query);
}

export class CompiledSqlView implements vscode.TextDocumentContentProvider, vscode.Disposable {
    private readonly changes = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changes.event;
    private readonly statusItem = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
    private readonly statuses = new Map<string, string>();
    private readonly timers = new Map<string, NodeJS.Timeout>();
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly client: () => LanguageClient | undefined) {
        this.disposables.push(
            vscode.workspace.registerTextDocumentContentProvider(COMPILED_SCHEME, this),
            vscode.workspace.onDidChangeTextDocument(e => this.sourceEdited(e.document.uri)),
            vscode.window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
            vscode.window.onDidChangeVisibleTextEditors(() => this.showStatus()),
            this.changes, this.statusItem);
    }

    async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
        const client = this.client();
        if (!client) {
            return '-- The Modelsense server is not running';
        }
        const result: CompiledSqlResult = await client.sendRequest(COMPILED_SQL, { uri: uri.query }, token);
        this.statuses.set(uri.toString(), result.status);
        this.showStatus();
        if (result.status === 'failed') {
            return ['-- This model did not compile:',
                ...result.problems.map(p => `-- line ${p.range.start.line + 1}: ${p.message.replace(/\n/g, ' ')}`)].join('\n') + '\n';
        }
        return result.sql;
    }

    async show(source: vscode.Uri, preserveFocus = false): Promise<vscode.TextEditor> {
        const document = await vscode.workspace.openTextDocument(compiledUri(source));
        return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preserveFocus, preview: true });
    }

    /** Every open compiled document asks the server again (after a build, a restart or new settings). */
    refreshAll(): void {
        for (const document of vscode.workspace.textDocuments) {
            if (document.uri.scheme === COMPILED_SCHEME) {
                this.changes.fire(document.uri);
            }
        }
    }

    private sourceEdited(source: vscode.Uri): void {
        if (source.scheme !== 'file') {
            return;
        }
        const compiled = compiledUri(source);
        if (!vscode.workspace.textDocuments.some(d => d.uri.toString() === compiled.toString())) {
            return;
        }
        const key = compiled.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => this.changes.fire(compiled), 300));
    }

    private follow(editor: vscode.TextEditor | undefined): void {
        const document = editor?.document;
        if (!document || document.uri.scheme !== 'file' || document.languageId !== 'jinja-sql') {
            return;
        }
        const open = vscode.window.visibleTextEditors.find(e => e.document.uri.scheme === COMPILED_SCHEME);
        if (open && sourceOf(open.document.uri).toString() !== document.uri.toString()) {
            void vscode.workspace.openTextDocument(compiledUri(document.uri)).then(d =>
                vscode.window.showTextDocument(d, { viewColumn: open.viewColumn, preserveFocus: true, preview: true }));
        }
    }

    private showStatus(): void {
        const open = vscode.window.visibleTextEditors.find(e => e.document.uri.scheme === COMPILED_SCHEME);
        const status = open && this.statuses.get(open.document.uri.toString());
        if (!status) {
            this.statusItem.hide();
            return;
        }
        const words: Record<string, string> = { upToDate: '$(check) compiled SQL up to date', stale: '$(sync~spin) compiled SQL updating…', failed: '$(error) model did not compile' };
        this.statusItem.text = words[status] ?? status;
        this.statusItem.show();
    }

    dispose(): void {
        this.timers.forEach(timer => clearTimeout(timer));
        this.disposables.forEach(d => d.dispose());
    }
}
