// Tokenizes Jinja SQL with the real TextMate engine VS Code uses (vscode-textmate + oniguruma).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(__dirname, '../..');
// a minimal SQL grammar with a string rule, enough to show Jinja is injected into SQL strings
const SQL = { scopeName: 'source.sql', patterns: [{ name: 'string.quoted.single.sql', begin: "'", end: "'" },
    { name: 'keyword.other.sql', match: '(?i)\\b(select|from|where)\\b' }] };

async function grammar() {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({ createOnigScanner: s => new oniguruma.OnigScanner(s), createOnigString: s => new oniguruma.OnigString(s) }),
        loadGrammar: async scope => scope === 'source.jinja-sql'
            ? textmate.parseRawGrammar(fs.readFileSync(path.join(root, 'syntaxes/jinja-sql.tmLanguage.json'), 'utf8'), 'jinja-sql.json')
            : scope === 'source.sql' ? textmate.parseRawGrammar(JSON.stringify(SQL), 'sql.json') : null,
    });
    return registry.loadGrammar('source.jinja-sql');
}

function scopesOf(g, line) {
    const { tokens } = g.tokenizeLine(line, textmate.INITIAL);
    return tokens.map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
}

const has = (tokens, text, scope) => tokens.some(t => t.text === text && t.scopes.includes(scope));

test('SQL keywords, Jinja tags, dbt functions and strings get their scopes', async () => {
    const g = await grammar();
    const tokens = scopesOf(g, "select * from {{ ref('stg_orders') }} {% if is_incremental() %}");
    assert.ok(has(tokens, 'select', 'keyword.other.sql'));
    assert.ok(has(tokens, '{{', 'punctuation.definition.tag.begin.jinja'));
    assert.ok(has(tokens, 'ref', 'support.function.dbt.jinja'));
    assert.ok(tokens.some(t => t.text.includes('stg_orders') && t.scopes.includes('string.quoted.single.jinja')));
    assert.ok(has(tokens, 'if', 'keyword.control.jinja'));
});

test('Jinja inside a SQL string is still Jinja; a Jinja comment hides tags', async () => {
    const g = await grammar();
    const inString = scopesOf(g, "where d > '{{ var(\"start\") }}'");
    assert.ok(has(inString, 'var', 'support.function.dbt.jinja'));
    assert.ok(inString.some(t => t.text === '{{' && t.scopes.includes('string.quoted.single.sql')));
    const comment = scopesOf(g, '{# {{ ref("x") }} #} select');
    assert.ok(comment.every(t => t.text === ' select' || t.text === 'select' || t.text === ' ' || t.scopes.includes('comment.block.jinja')));
    assert.ok(!comment.some(t => t.scopes.includes('support.function.dbt.jinja')));
});
