// Modelsense for VS Code: starts the Java language server and adds what LSP alone cannot show (status bar,
// compiled SQL beside the model, sandbox results and lineage webviews).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { CompiledSqlView } from './compiledSqlView';
import { ServerFeatures, StatusParams } from './protocol';
import { ServerController } from './serverController';
import { needsRestart } from './settings';
import { statusView } from './statusText';
import { LineagePanel, runInSandbox } from './webviews';

export const LANGUAGE = 'jinja-sql';

/** What the extension returns from `activate`, for the end-to-end tests and other extensions. */
export interface ModelsenseApi {
    /** Resolves once the server answered `initialize` (undefined when it could not start). */
    readonly ready: Promise<LanguageClient | undefined>;
    client(): LanguageClient | undefined;
    features(): ServerFeatures;
    lastStatus(): StatusParams | undefined;
    /** Milliseconds from activation to the server's initialize answer, and to its first `ready` status. */
    readonly timings: { serverReadyMillis?: number; firstBuildMillis?: number };
}

const NO_FEATURES: ServerFeatures = { compiledSql: false, sandboxRun: false, lineage: false };

export function activate(context: vscode.ExtensionContext): ModelsenseApi {
    const activatedAt = Date.now();
    const output = vscode.window.createOutputChannel('Modelsense');
    const statusItem = vscode.window.createStatusBarItem('modelsense.status', vscode.StatusBarAlignment.Left, 10);
    statusItem.name = 'Modelsense';
    statusItem.command = 'modelsense.showStatus';
    statusItem.text = '$(sync~spin) Modelsense: starting…';
    statusItem.show();
    let features = NO_FEATURES;
    let lastStatus: StatusParams | undefined;
    const timings: ModelsenseApi['timings'] = {};

    const middleware: Middleware = {
        // the server's lenses name server-side commands; these open our editors and panels instead
        provideCodeLenses: async (document, token, next) => {
            const lenses = (await next(document, token)) ?? [];
            return lenses.filter(lens => lens.command?.command !== 'modelsense.runInSandbox' || features.sandboxRun).map(lens => {
                const command = lens.command;
                if (command) {
                    const local = CLIENT_COMMANDS[command.command];
                    if (local) {
                        command.command = local === 'modelsense.openLineage' && !features.lineage ? '' : local;
                    }
                }
                return lens;
            });
        },
    };

    let controller: ServerController;
    const compiled = new CompiledSqlView(() => controller.current);
    const lineage = new LineagePanel(() => controller.current);
    controller = new ServerController(context, output, middleware, {
        started: (_client, advertised) => {
            features = advertised;
            timings.serverReadyMillis ??= Date.now() - activatedAt;
            void vscode.commands.executeCommand('setContext', 'modelsense.sandboxRun', advertised.sandboxRun);
            void vscode.commands.executeCommand('setContext', 'modelsense.lineage', advertised.lineage);
            compiled.refreshAll();
        },
        status: params => {
            lastStatus = params;
            if (timings.firstBuildMillis === undefined && params.projects.length > 0 && params.projects.every(p => p.state !== 'compiling')) {
                timings.firstBuildMillis = Date.now() - activatedAt;
                output.appendLine(`Activation to server ready: ${timings.serverReadyMillis} ms; to first build: ${timings.firstBuildMillis} ms`);
            }
            const view = statusView(params);
            statusItem.text = view.text;
            statusItem.tooltip = view.tooltip;
            statusItem.backgroundColor = view.severity === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
            compiled.refreshAll();
            refreshCodeLenses(controller.current);
        },
        stopped: () => {
            statusItem.text = '$(debug-disconnect) Modelsense: server stopped';
            statusItem.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        },
    });

    const activeModel = (arg: unknown): vscode.Uri | undefined => {
        if (arg instanceof vscode.Uri) {
            return arg;
        }
        if (typeof arg === 'string') {
            return vscode.Uri.parse(arg);
        }
        const document = vscode.window.activeTextEditor?.document;
        return document?.uri.scheme === 'file' ? document.uri : undefined;
    };
    const needModel = () => void vscode.window.showWarningMessage('Open a model file first.');
    const needFeature = (what: string) => void vscode.window.showWarningMessage(`This Modelsense server does not offer ${what} yet.`);

    context.subscriptions.push(output, statusItem, controller, compiled, lineage,
        vscode.commands.registerCommand('modelsense.restartServer', async () => {
            output.appendLine('Restarting the server');
            await controller.restart();
        }),
        vscode.commands.registerCommand('modelsense.showOutput', () => output.show()),
        vscode.commands.registerCommand('modelsense.showStatus', async () => {
            const choices = [
                { label: '$(warning) Show Problems', run: () => vscode.commands.executeCommand('workbench.actions.view.problems') },
                { label: '$(output) Show Server Log', run: () => output.show() },
                { label: '$(debug-restart) Restart Server', run: () => vscode.commands.executeCommand('modelsense.restartServer') },
            ];
            const picked = await vscode.window.showQuickPick(choices, { placeHolder: statusItem.tooltip?.toString().split('\n\n')[0] });
            await picked?.run();
        }),
        vscode.commands.registerCommand('modelsense.openCompiledSql', async (arg?: unknown) => {
            const uri = activeModel(arg);
            return uri ? compiled.show(uri) : needModel();
        }),
        vscode.commands.registerCommand('modelsense.runSandbox', async (arg?: unknown) => {
            const uri = activeModel(arg);
            const client = controller.current;
            if (!uri) {
                return needModel();
            }
            if (!client || !features.sandboxRun) {
                return needFeature('sandbox runs');
            }
            const limit = vscode.workspace.getConfiguration('modelsense').get<number>('sandbox.limit');
            return runInSandbox(client, uri, limit);
        }),
        vscode.commands.registerCommand('modelsense.openLineage', async (arg?: unknown) => {
            const uri = activeModel(arg);
            if (!uri) {
                return needModel();
            }
            return features.lineage ? lineage.show(uri) : needFeature('lineage');
        }),
        vscode.workspace.onDidChangeConfiguration(async event => {
            if (!event.affectsConfiguration('modelsense')) {
                return;
            }
            if (needsRestart(section => event.affectsConfiguration(section))) {
                await controller.restart();
            } else {
                await controller.sendSettings();
            }
        }),
        vscode.workspace.onDidOpenTextDocument(document => adoptSqlFile(document)),
    );
    vscode.workspace.textDocuments.forEach(adoptSqlFile);

    const ready = controller.start().catch(error => {
        output.appendLine(`The server did not start: ${error}`);
        void vscode.window.showErrorMessage(`Modelsense: the server did not start (${error}). See the output for details.`, 'Show Log')
            .then(choice => choice && output.show());
        return undefined;
    });
    return {
        ready,
        client: () => controller.current,
        features: () => features,
        lastStatus: () => lastStatus,
        timings,
    };
}

export function deactivate(): void {
    // the controller is in the subscriptions; VS Code disposes it, which stops the server
}

/**
 * Lenses asked for before the first build come back empty and the server sends no `workspace/codeLens/refresh`,
 * so each build's status notification asks VS Code to fetch them again for the visible editors.
 */
function refreshCodeLenses(client: LanguageClient | undefined): void {
    const feature = client?.getFeature('textDocument/codeLens');
    for (const editor of vscode.window.visibleTextEditors) {
        feature?.getProvider(editor.document)?.onDidChangeCodeLensEmitter.fire();
    }
}

const CLIENT_COMMANDS: Record<string, string> = {
    'modelsense.showCompiledSql': 'modelsense.openCompiledSql',
    'modelsense.runInSandbox': 'modelsense.runSandbox',
    'modelsense.showLineage': 'modelsense.openLineage',
};

/** A plain `.sql` file inside a dbt project (custom model paths included) is Jinja SQL. */
function adoptSqlFile(document: vscode.TextDocument): void {
    if (document.languageId !== 'sql' || document.uri.scheme !== 'file') {
        return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) {
        return;
    }
    for (let dir = path.dirname(document.uri.fsPath); dir.startsWith(folder.uri.fsPath); dir = path.dirname(dir)) {
        if (fs.existsSync(path.join(dir, 'dbt_project.yml'))) {
            void vscode.languages.setTextDocumentLanguage(document, LANGUAGE);
            return;
        }
        if (dir === path.dirname(dir)) {
            return;
        }
    }
}
