// VS Code's `modelsense.*` settings as the server reads them (initializationOptions and
// workspace/didChangeConfiguration). Pure: the configuration is read through a getter.

export type SettingGetter = <T>(key: string) => T | undefined;

export interface ServerSettings {
    profilesDir?: string;
    target?: string;
    vars?: Record<string, unknown> | string;
    debounceMillis?: number;
    diagnostics: { ignore: string[]; severity: Record<string, string> };
    sandbox: { user?: string; schemaTemplate?: string; limit?: number };
}

/** Settings that only the extension reads: changing them needs a server restart rather than a reload. */
export const RESTART_SETTINGS = ['java.home', 'server.vmArgs', 'server.jar', 'server.command'];

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function serverSettings(get: SettingGetter, workspaceFolder?: string): ServerSettings {
    const result: ServerSettings = {
        diagnostics: { ignore: [], severity: {} },
        sandbox: {},
    };
    const profilesDir = nonBlank(get<string>('profilesDir'));
    if (profilesDir) {
        result.profilesDir = expandFolder(profilesDir, workspaceFolder);
    }
    const target = nonBlank(get<string>('target'));
    if (target) {
        result.target = target;
    }
    const vars = get<Record<string, unknown> | string>('vars');
    if (typeof vars === 'string' ? vars.trim().length > 0 : vars && Object.keys(vars).length > 0) {
        result.vars = vars;
    }
    const debounce = get<number>('debounceMillis');
    if (typeof debounce === 'number' && debounce >= 0) {
        result.debounceMillis = debounce;
    }
    const ignore = get<string[]>('diagnostics.ignore');
    if (Array.isArray(ignore)) {
        result.diagnostics.ignore = ignore.filter(code => typeof code === 'string' && code.trim()).map(c => c.trim());
    }
    const severity = get<Record<string, string>>('diagnostics.severity');
    if (severity && typeof severity === 'object') {
        for (const [code, level] of Object.entries(severity)) {
            if (typeof level === 'string' && SEVERITIES.has(level.toLowerCase())) {
                result.diagnostics.severity[code] = level.toLowerCase();
            }
        }
    }
    const user = nonBlank(get<string>('sandbox.user'));
    if (user) {
        result.sandbox.user = user;
    }
    const template = nonBlank(get<string>('sandbox.schemaTemplate'));
    if (template) {
        result.sandbox.schemaTemplate = template;
    }
    const limit = get<number>('sandbox.limit');
    if (typeof limit === 'number' && limit > 0) {
        result.sandbox.limit = Math.floor(limit);
    }
    return result;
}

/** `${workspaceFolder}` and a leading `~` in a path setting, as users write them in other extensions. */
export function expandFolder(value: string, workspaceFolder?: string, home = process.env['HOME']): string {
    let expanded = value;
    if (workspaceFolder) {
        expanded = expanded.split('${workspaceFolder}').join(workspaceFolder);
    }
    if (home && (expanded === '~' || expanded.startsWith('~/'))) {
        expanded = home + expanded.slice(1);
    }
    return expanded;
}

/** Whether a configuration change touches a setting that only takes effect after a server restart. */
export function needsRestart(affects: (section: string) => boolean): boolean {
    return RESTART_SETTINGS.some(key => affects(`modelsense.${key}`));
}

function nonBlank(value: string | undefined): string | undefined {
    return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}
