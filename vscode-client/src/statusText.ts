// The status bar's words for the server's `modelsense/status` notification.
import * as path from 'path';
import { StatusParams } from './protocol';

export interface StatusView {
    readonly text: string;
    readonly tooltip: string;
    readonly severity: 'ok' | 'busy' | 'error' | 'warning';
}

export function statusView(params: StatusParams): StatusView {
    const projects = params.projects;
    if (projects.length === 0) {
        return { text: '$(database) Modelsense: no dbt project', tooltip: 'No dbt_project.yml in the workspace', severity: 'warning' };
    }
    const models = projects.reduce((sum, p) => sum + p.models, 0);
    const errors = projects.reduce((sum, p) => sum + p.errors, 0);
    const compiling = projects.some(p => p.state === 'compiling');
    const failed = projects.some(p => p.state === 'failed');
    const count = `${models} model${models === 1 ? '' : 's'}`;
    const where = projects.length === 1 ? path.basename(projects[0].root) : `${projects.length} projects`;
    const lines = projects.map(p => `${path.basename(p.root)}: ${p.models} models, ${p.errors} errors (${p.state}) — ${p.root}`);
    const tooltip = lines.join('\n') + '\n\nClick for problems and the server log';
    if (compiling) {
        return { text: `$(sync~spin) ${where}: compiling…`, tooltip, severity: 'busy' };
    }
    if (failed) {
        return { text: `$(warning) ${where}: ${count}, build failed`, tooltip, severity: 'error' };
    }
    if (errors > 0) {
        return { text: `$(error) ${where}: ${count}, ${errors} error${errors === 1 ? '' : 's'}`, tooltip, severity: 'error' };
    }
    return { text: `$(check) ${where}: ${count}`, tooltip, severity: 'ok' };
}
