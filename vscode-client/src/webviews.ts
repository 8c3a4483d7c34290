// Sandbox results and lineage in webviews. Both are enabled only when the server advertises them.
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import { LanguageClient, WorkDoneProgress } from 'vscode-languageclient/node';
import { lineageHtml, sandboxHtml } from './html';
import { LINEAGE, LineageResult, SANDBOX_RUN, SandboxRunResult } from './protocol';

function openFromWebview(message: { open?: string; line?: number }): void {
    if (message.open) {
        const position = new vscode.Position(Math.max(0, message.line ?? 0), 0);
        void vscode.window.showTextDocument(vscode.Uri.parse(message.open), { selection: new vscode.Range(position, position) });
    }
}

export async function runInSandbox(client: LanguageClient, uri: vscode.Uri, limit: number | undefined): Promise<SandboxRunResult | undefined> {
    const name = uri.path.split('/').pop();
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Running ${name} in your sandbox`, cancellable: true },
        async (progress, token) => {
            const workDoneToken = crypto.randomUUID();
            const listener = client.onProgress(WorkDoneProgress.type, workDoneToken, value => {
                if (value.kind !== 'end' && value.message) {
                    progress.report({ message: value.message });
                }
            });
            try {
                return await client.sendRequest<SandboxRunResult>(SANDBOX_RUN, { uri: uri.toString(), limit, workDoneToken }, token);
            } finally {
                listener.dispose();
            }
        });
    if (!result) {
        return undefined;
    }
    const panel = vscode.window.createWebviewPanel('modelsense.sandbox', `Sandbox: ${result.model}`, vscode.ViewColumn.Beside, { enableScripts: true });
    panel.webview.html = sandboxHtml(result, crypto.randomUUID().replace(/-/g, ''));
    panel.webview.onDidReceiveMessage(openFromWebview);
    return result;
}

export class LineagePanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private readonly follow = vscode.window.onDidChangeActiveTextEditor(editor => {
        if (this.panel && editor?.document.languageId === 'jinja-sql' && editor.document.uri.scheme === 'file') {
            void this.show(editor.document.uri, true);
        }
    });

    constructor(private readonly client: () => LanguageClient | undefined) {}

    async show(uri: vscode.Uri, preserveFocus = false): Promise<LineageResult | undefined> {
        const client = this.client();
        if (!client) {
            return undefined;
        }
        const lineage = await client.sendRequest<LineageResult>(LINEAGE, { uri: uri.toString(), upstream: 3, downstream: 3 });
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel('modelsense.lineage', 'Lineage', { viewColumn: vscode.ViewColumn.Beside, preserveFocus }, { enableScripts: true });
            this.panel.onDidDispose(() => (this.panel = undefined));
            this.panel.webview.onDidReceiveMessage(openFromWebview);
        }
        this.panel.title = `Lineage: ${uri.path.split('/').pop()}`;
        // the server's own picture (self-contained, columns expandable, lineage highlighted) when it sends one
        this.panel.webview.html = lineage.html ?? lineageHtml(lineage, uri.toString(), crypto.randomUUID().replace(/-/g, ''));
        return lineage;
    }

    dispose(): void {
        this.follow.dispose();
        this.panel?.dispose();
    }
}
