// Builds the VSIX offline (vsce from the e2e tools package) and prints its size.
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const out = process.argv[2] || path.join(root, 'dist/modelsense.vsix');
const vsce = path.join(root, 'e2e/tools/node_modules/.bin/vsce');

cp.execFileSync(process.execPath, [path.join(root, 'scripts/build.js'), '--production'], { stdio: 'inherit' });
cp.execFileSync(vsce, ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const bytes = fs.statSync(out).size;
console.log(`VSIX: ${out} ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes)`);
