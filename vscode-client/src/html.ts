// HTML for the sandbox result table and the lineage picture. Pure string building, unit-tested; the webviews only
// post a message back when the user clicks something.
import { LineageResult, SandboxRunResult } from './protocol';

export function escapeHtml(value: unknown): string {
    const text = value === null || value === undefined ? 'NULL' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function page(nonce: string, title: string, body: string): string {
    return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);font-size:var(--vscode-font-size)}
table{border-collapse:collapse}th,td{border:1px solid var(--vscode-panel-border,#8884);padding:2px 6px;text-align:left}
th small{opacity:.7;font-weight:normal}td.null{opacity:.5;font-style:italic}.error{color:var(--vscode-errorForeground)}
a{color:var(--vscode-textLink-foreground);cursor:pointer}.node{cursor:pointer}.node rect{fill:var(--vscode-editorWidget-background,#eee);stroke:var(--vscode-focusBorder,#08f)}
.node.focus rect{stroke-width:3}.node text{fill:var(--vscode-foreground);font-size:12px}.edge{stroke:var(--vscode-foreground);opacity:.5;fill:none}
</style></head><body>${body}
<script nonce="${nonce}">const vscode=acquireVsCodeApi();document.addEventListener('click',e=>{const t=e.target.closest('[data-uri]');if(t){vscode.postMessage({open:t.dataset.uri,line:Number(t.dataset.line||0)});}});</script>
</body></html>`;
}

export function sandboxHtml(result: SandboxRunResult, nonce: string): string {
    if (result.error) {
        const link = result.error.uri
            ? ` <a data-uri="${escapeHtml(result.error.uri)}" data-line="${result.error.line ?? 0}">open the model at line ${(result.error.line ?? 0) + 1}</a>`
            : '';
        return page(nonce, `${result.model}: error`, `<h3>${escapeHtml(result.model)} in ${escapeHtml(result.sandbox)}</h3>
<p class="error" id="error">${escapeHtml(result.error.message)}</p>${link}`);
    }
    const head = result.columns.map(c => `<th>${escapeHtml(c.name)}<br><small>${escapeHtml(c.type)}</small></th>`).join('');
    const rows = result.rows.map(row => '<tr>' + row.map(cell =>
        cell === null || cell === undefined ? '<td class="null">NULL</td>' : `<td>${escapeHtml(cell)}</td>`).join('') + '</tr>').join('\n');
    const shown = result.rows.length < result.rowCount ? `${result.rows.length} of ${result.rowCount}` : `${result.rowCount}`;
    const resolution = result.resolution.length ? `<details><summary>How upstream models were resolved</summary><ul>${result.resolution.map(r => `<li>${escapeHtml(r)}</li>`).join('')}</ul></details>` : '';
    return page(nonce, `${result.model}: ${result.rowCount} rows`, `<h3>${escapeHtml(result.model)} in ${escapeHtml(result.sandbox)}</h3>
<p id="summary">${shown} rows, ${result.columns.length} columns, ${result.elapsedMillis} ms</p>${resolution}
<table><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table>`);
}

/** Layers by longest path from a root, so every edge points right; cycles are cut where they are met. */
export function lineageLayers(lineage: LineageResult): Map<string, number> {
    const incoming = new Map<string, string[]>();
    for (const node of lineage.nodes) {
        incoming.set(node.id, []);
    }
    for (const edge of lineage.edges) {
        if (incoming.has(edge.from) && incoming.has(edge.to)) {
            incoming.get(edge.to)!.push(edge.from);
        }
    }
    const layer = new Map<string, number>();
    const visiting = new Set<string>();
    const depth = (id: string): number => {
        const known = layer.get(id);
        if (known !== undefined) {
            return known;
        }
        if (visiting.has(id)) {
            return 0;
        }
        visiting.add(id);
        const value = Math.max(-1, ...incoming.get(id)!.map(depth)) + 1;
        visiting.delete(id);
        layer.set(id, value);
        return value;
    };
    lineage.nodes.forEach(node => depth(node.id));
    return layer;
}

export function lineageHtml(lineage: LineageResult, focusUri: string | undefined, nonce: string): string {
    const layers = lineageLayers(lineage);
    const width = 180, height = 28, gapX = 60, gapY = 14;
    const slots = new Map<number, number>();
    const at = new Map<string, { x: number; y: number }>();
    for (const node of lineage.nodes) {
        const column = layers.get(node.id) ?? 0;
        const row = slots.get(column) ?? 0;
        slots.set(column, row + 1);
        at.set(node.id, { x: 10 + column * (width + gapX), y: 10 + row * (height + gapY) });
    }
    const edges = lineage.edges.filter(e => at.has(e.from) && at.has(e.to)).map(e => {
        const a = at.get(e.from)!, b = at.get(e.to)!;
        const x1 = a.x + width, y1 = a.y + height / 2, x2 = b.x, y2 = b.y + height / 2;
        return `<path class="edge" d="M${x1},${y1} C${x1 + gapX / 2},${y1} ${x2 - gapX / 2},${y2} ${x2},${y2}"/>`;
    }).join('');
    const nodes = lineage.nodes.map(node => {
        const p = at.get(node.id)!;
        const focus = node.uri !== undefined && node.uri === focusUri ? ' focus' : '';
        const target = node.uri ? ` data-uri="${escapeHtml(node.uri)}" data-line="${node.range?.start.line ?? 0}"` : '';
        return `<g class="node${focus}"${target} data-id="${escapeHtml(node.id)}"><rect x="${p.x}" y="${p.y}" width="${width}" height="${height}" rx="4"/>`
            + `<text x="${p.x + 8}" y="${p.y + 18}">${escapeHtml(node.name)} · ${escapeHtml(node.kind)}</text></g>`;
    }).join('');
    const columns = Math.max(0, ...[...layers.values()]) + 1;
    const rows = Math.max(1, ...slots.values());
    return page(nonce, 'Lineage', `<svg width="${20 + columns * (width + gapX)}" height="${20 + rows * (height + gapY)}">${edges}${nodes}</svg>`);
}
