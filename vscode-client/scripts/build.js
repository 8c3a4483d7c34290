// Bundles the extension with esbuild and copies the server jar and the modelsense.yml JSON schema next to it (the
// VSIX carries all three; the schema lights up completion and validation of modelsense.yml through a YAML extension).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const jar = process.env.MODELSENSE_JAR || path.resolve(root, '../language-server/target/modelsense.jar');
const schema = path.resolve(root,
    '../language-server/src/main/resources/dev/modelsense/conventions/modelsense.schema.json');

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
    copySchema();
}

/** The schema ships with the server's sources; an extension built without it only lacks modelsense.yml help. */
function copySchema() {
    if (!fs.existsSync(schema)) {
        console.warn(`No modelsense.yml schema at ${schema}: the extension is built without it`);
        return;
    }
    fs.mkdirSync(path.join(root, 'schemas'), { recursive: true });
    fs.copyFileSync(schema, path.join(root, 'schemas/modelsense.schema.json'));
}

main().catch(error => {
    console.error(error.message || error);
    process.exit(1);
});
