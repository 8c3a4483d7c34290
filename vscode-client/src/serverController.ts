// Starts, restarts and stops the language server; restarts it after a crash unless it keeps crashing.
import * as cp from 'child_process';
import * as fs from 'fs';
import * as vscode from 'vscode';
import {
    CloseAction, DidChangeConfigurationNotification, ErrorAction, LanguageClient, LanguageClientOptions,
    Middleware, ServerOptions, State,
} from 'vscode-languageclient/node';
import { findJava, javaProblemMessage } from './java';
import { ServerCommand, serverCommand } from './serverCommand';
import { RestartPolicy } from './restartPolicy';
import { serverSettings } from './settings';
import { ServerFeatures, serverFeatures, STATUS, StatusParams } from './protocol';

export interface ServerListener {
    started(client: LanguageClient, features: ServerFeatures): void;
    status(params: StatusParams): void;
    stopped(): void;
}

export class ServerController implements vscode.Disposable {
    private client: LanguageClient | undefined;
    private readonly policy = new RestartPolicy();
    private stopping = false;
    private restartTimer: NodeJS.Timeout | undefined;

    constructor(
        private readonly context: vscode.ExtensionContext,
        private readonly output: vscode.OutputChannel,
        private readonly middleware: Middleware,
        private readonly listener: ServerListener,
    ) {}

    get current(): LanguageClient | undefined {
        return this.client?.state === State.Running ? this.client : undefined;
    }

    /** Finds Java, starts the server and resolves once it answered `initialize`. */
    async start(): Promise<LanguageClient | undefined> {
        this.stopping = false;
        const config = vscode.workspace.getConfiguration('modelsense');
        const command = await this.serverCommand(config);
        if (!command) {
            return undefined;
        }
        this.output.appendLine(`Starting ${command.command} ${command.args.join(' ')}`);
        // no `transport`: with TransportKind.stdio the client would append --stdio, which `serve` does not take
        const serverOptions: ServerOptions = { command: command.command, args: command.args };
        const clientOptions: LanguageClientOptions = {
            documentSelector: [
                { scheme: 'file', language: 'jinja-sql' },
                { scheme: 'file', language: 'yaml' },
            ],
            outputChannel: this.output,
            initializationOptions: { modelsense: this.settings() },
            middleware: this.middleware,
            errorHandler: {
                error: (_error, _message, count) => ({ action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
                closed: () => this.onClosed(),
            },
        };
        const client = new LanguageClient('modelsense', 'Modelsense', serverOptions, clientOptions);
        this.client = client;
        client.onNotification(STATUS, (params: StatusParams) => this.listener.status(params));
        await client.start();
        if (!client.isRunning()) {
            return undefined;
        }
        const features = serverFeatures(client.initializeResult?.capabilities.experimental);
        this.output.appendLine(`Server ready: ${client.initializeResult?.serverInfo?.name ?? 'modelsense'} `
            + `${client.initializeResult?.serverInfo?.version ?? ''}; features ${JSON.stringify(features)}`);
        this.listener.started(client, features);
        return client;
    }


    /** The configured command (for server development), or Java 17+ running the bundled jar. */
    private async serverCommand(config: vscode.WorkspaceConfiguration): Promise<ServerCommand | undefined> {
        const custom = config.get<string[]>('server.command') ?? [];
        if (custom.length > 0) {
            return { command: custom[0], args: custom.slice(1) };
        }
        const lookup = await findJava(
            { javaHomeSetting: config.get<string>('java.home'), env: process.env, platform: process.platform },
            { exists: file => fs.existsSync(file), versionOutput: javaVersionOutput });
        if (lookup.kind !== 'found') {
            const problem = javaProblemMessage(lookup)!;
            this.output.appendLine(problem);
            void vscode.window.showErrorMessage(problem, 'Open Settings').then(choice => {
                if (choice) {
                    void vscode.commands.executeCommand('workbench.action.openSettings', 'modelsense.java.home');
                }
            });
            return undefined;
        }
        const jar = config.get<string>('server.jar')?.trim() || this.context.asAbsolutePath('server/modelsense.jar');
        if (!fs.existsSync(jar)) {
            const message = `Modelsense: the server jar is missing at ${jar}. Reinstall the extension or set "modelsense.server.jar".`;
            this.output.appendLine(message);
            void vscode.window.showErrorMessage(message);
            return undefined;
        }
        try {
            this.output.appendLine(`Java ${lookup.version} from ${lookup.source}: ${lookup.executable}`);
            return serverCommand({ javaExecutable: lookup.executable, jarPath: jar, vmArgs: config.get<string[]>('server.vmArgs') ?? [] });
        } catch (e) {
            void vscode.window.showErrorMessage(String((e as Error).message));
            return undefined;
        }
    }

    /** Sends the mapped settings; the server recompiles with them. */
    async sendSettings(): Promise<void> {
        await this.current?.sendNotification(DidChangeConfigurationNotification.type, { settings: { modelsense: this.settings() } });
    }

    async restart(): Promise<LanguageClient | undefined> {
        this.policy.reset();
        await this.stop();
        return this.start();
    }

    async stop(): Promise<void> {
        this.stopping = true;
        clearTimeout(this.restartTimer);
        const client = this.client;
        this.client = undefined;
        this.listener.stopped();
        if (client && client.state !== State.Stopped) {
            await client.stop(5000).catch(e => this.output.appendLine(`Stopping the server: ${e}`));
        }
    }

    dispose(): void {
        void this.stop();
    }

    private settings() {
        const config = vscode.workspace.getConfiguration('modelsense');
        return serverSettings(key => config.get(key), vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
    }

    private onClosed() {
        if (this.stopping) {
            return { action: CloseAction.DoNotRestart, handled: true };
        }
        this.listener.stopped();
        const decision = this.policy.crashed();
        if (decision.restart) {
            this.output.appendLine(`The server stopped unexpectedly; restarting in ${decision.delayMillis} ms`);
            this.restartTimer = setTimeout(() => {
                const dead = this.client;
                this.client = undefined;
                void dead?.dispose().catch(() => undefined);
                this.start().catch(e => this.output.appendLine(`Restart failed: ${e}`));
            }, decision.delayMillis);
        } else {
            const message = 'The Modelsense server crashed several times in a few minutes and was not restarted. See the output for its log.';
            this.output.appendLine(message);
            void vscode.window.showErrorMessage(message, 'Restart Server', 'Show Log').then(choice => {
                if (choice === 'Restart Server') {
                    void vscode.commands.executeCommand('modelsense.restartServer');
                } else if (choice === 'Show Log') {
                    this.output.show();
                }
            });
        }
        return { action: CloseAction.DoNotRestart, handled: true };
    }
}

function javaVersionOutput(executable: string): Promise<string | undefined> {
    return new Promise(resolve => {
        cp.execFile(executable, ['-version'], { timeout: 15000 }, (error, stdout, stderr) => {
            resolve(error && !stderr ? undefined : `${stdout}${stderr}`);
        });
    });
}
