// The custom `modelsense/*` messages, as the server defines them (see the README's "Language server" section).

export interface ProjectStatus {
    readonly root: string;
    readonly models: number;
    readonly errors: number;
    readonly state: 'compiling' | 'ready' | 'failed' | string;
}

export interface StatusParams {
    readonly projects: readonly ProjectStatus[];
}

export interface CompiledSqlResult {
    readonly sql: string;
    readonly status: 'upToDate' | 'stale' | 'failed' | string;
    readonly problems: readonly { message: string; range: { start: { line: number; character: number } } }[];
}

export interface SandboxRunResult {
    readonly model: string;
    readonly sandbox: string;
    readonly columns: readonly { name: string; type: string }[];
    readonly rows: readonly unknown[][];
    readonly rowCount: number;
    readonly elapsedMillis: number;
    readonly resolution: readonly string[];
    readonly error?: { message: string; uri?: string; line?: number };
}

export interface LineageNode {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly uri?: string;
    readonly range?: { start: { line: number; character: number } };
}

export interface LineageResult {
    readonly nodes: readonly LineageNode[];
    readonly edges: readonly { from: string; to: string; kind: string }[];
    readonly html?: string;
}

/** What the server advertises under `capabilities.experimental.modelsense`. */
export interface ServerFeatures {
    readonly compiledSql: boolean;
    readonly sandboxRun: boolean;
    readonly lineage: boolean;
}

export function serverFeatures(experimental: unknown): ServerFeatures {
    const modelsense = (experimental as { modelsense?: Record<string, unknown> } | undefined)?.modelsense ?? {};
    return {
        compiledSql: modelsense['compiledSql'] === true,
        sandboxRun: modelsense['sandboxRun'] === true,
        lineage: modelsense['lineage'] === true,
    };
}

export const STATUS = 'modelsense/status';
export const COMPILED_SQL = 'modelsense/compiledSql';
export const SANDBOX_RUN = 'modelsense/sandboxRun';
export const LINEAGE = 'modelsense/lineage';
