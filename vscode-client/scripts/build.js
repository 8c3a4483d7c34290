// Bundles the extension with esbuild and copies the server jar next to it (the VSIX carries both).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const jar = process.env.MODELSENSE_JAR || path.resolve(root, '../language-server/target/modelsense.jar');

async function main() {
    await esbuild.build({
        entryPoints: [path.join(root, 'src/extension.ts')],
        bundle: true,
        outfile: path.join(root, 'dist/extension.js'),
        external: ['vscode'],
        format: 'cjs',
        platform: 'node',
        target: 'node18',
        minify: process.argv.includes('--production'),
        sourcemap: !process.argv.includes('--production'),
        logLevel: 'warning',
    });
    if (!fs.existsSync(jar)) {
        throw new Error(`No server jar at ${jar}: build it with mvn -q -B -ntp -pl language-server -am package -DskipTests`);
    }
    fs.mkdirSync(path.join(root, 'server'), { recursive: true });
    fs.copyFileSync(jar, path.join(root, 'server/modelsense.jar'));
}

main().catch(error => {
    console.error(error.message || error);
    process.exit(1);
});
