const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('modelsense.yml is validated against the schema the build copies into the VSIX', () => {
    const validation = manifest.contributes.yamlValidation;
    assert.deepEqual(validation, [{ fileMatch: 'modelsense.yml', url: './schemas/modelsense.schema.json' }]);
    const build = fs.readFileSync(path.join(root, 'scripts/build.js'), 'utf8');
    assert.match(build, /schemas\/modelsense\.schema\.json/);
    const packaged = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(packaged.includes('!schemas/**'), 'the schema folder is packaged');
});
