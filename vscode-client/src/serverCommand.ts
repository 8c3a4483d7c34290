// The command line that starts the language server.

export interface ServerCommandInput {
    readonly javaExecutable: string;
    readonly jarPath: string;
    readonly vmArgs: readonly string[];
}

export interface ServerCommand {
    readonly command: string;
    readonly args: string[];
}

/**
 * `java <vm args> -jar modelsense.jar serve`. VM args go before `-jar` (after it they would be server arguments);
 * blank ones are dropped, and a `-jar` among them is refused because it would start another program.
 */
export function serverCommand(input: ServerCommandInput): ServerCommand {
    const vmArgs = input.vmArgs.map(arg => arg.trim()).filter(arg => arg.length > 0);
    if (vmArgs.includes('-jar')) {
        throw new Error('"modelsense.server.vmArgs" must not contain -jar: the extension starts its own server jar');
    }
    return { command: input.javaExecutable, args: [...vmArgs, '-jar', input.jarPath, 'serve'] };
}
