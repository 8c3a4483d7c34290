// Loads the extension from its folder into code-server's extension host with the test payload, runs ./suite, and
// exits with the suite's code (0 = every test passed).
const { launch, withTimeout } = require('./browser');

const { CS_URL, WS, EXT_DIR, TMP } = process.env;
const SUITE = process.env.E2E_SUITE || 'index.js';

(async () => {
    const context = await launch(TMP);
    let code = 1;
    try {
        const page = context.pages()[0];
        let resolveExit;
        const exited = new Promise(resolve => (resolveExit = resolve));
        await page.exposeFunction('codeAutomationLog', (type, args) => {
            const text = (args || []).map(a => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
            if (text.startsWith('[e2e]')) {
                console.log(text);
            }
        });
        await page.exposeFunction('codeAutomationExit', exitCode => resolveExit(exitCode));
        const host = new URL(CS_URL).host;
        const remote = p => `vscode-remote://${host}${p}`;
        const payload = JSON.stringify([['extensionDevelopmentPath', remote(EXT_DIR)], ['extensionTestsPath', remote(`${EXT_DIR}/e2e/suite/${SUITE}`)]]);
        await page.goto(`${CS_URL}/?folder=${encodeURIComponent(WS)}&payload=${encodeURIComponent(payload)}`);
        code = await withTimeout(exited, 300000, 'the extension-host tests');
        if (process.env.SHOTS) {
            // webviews paint in their own frames after the tests finish; let them settle for the picture
            await page.waitForTimeout(2000);
            await page.screenshot({ path: `${process.env.SHOTS}/exthost-${SUITE.replace(/\.js$/, '')}.png` }).catch(() => undefined);
        }
    } catch (error) {
        console.error(`exthost: ${error.message}`);
    } finally {
        await context.close();
    }
    process.exit(code);
})();
