// One UI smoke test of the installed VSIX: open a model, wait for the extension's status bar item to report the
// project and for the server's code lens, then save a screenshot. DOM selectors are VS Code internals, so the logic
// tests live in ./suite; this only shows that a user sees the extension working.
const path = require('path');
const { launch } = require('./browser');

const { CS_URL, WS, TMP, SHOTS } = process.env;

(async () => {
    const context = await launch(TMP);
    const page = context.pages()[0];
    let failed = 0;
    const check = async (name, body) => {
        try {
            await body();
            console.log(`[ui] ok      ${name}`);
        } catch (error) {
            failed++;
            console.log(`[ui] FAILED  ${name}: ${error.message.split('\n')[0]}`);
        }
    };
    try {
        await check('the workbench loads', () => page.goto(`${CS_URL}/?folder=${encodeURIComponent(WS)}`)
            .then(() => page.waitForSelector('.monaco-workbench', { timeout: 60000 })));
        await check('a model opens from Quick Open', async () => {
            await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
            await page.keyboard.press('Control+P');
            await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
            await page.keyboard.type('orders.sql');
            await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 20000 });
            await page.locator('.quick-input-list .monaco-list-row', { hasText: /^orders\.sql/ }).first().click();
            await page.waitForSelector('.monaco-editor .view-lines', { timeout: 20000 });
        });
        await check('the status bar reports the project and its models', () =>
            page.locator('.statusbar-item', { hasText: /jaffle_shop_duckdb: \d+ models/ }).first().waitFor({ timeout: 90000 }));
        await check('the language mode is Jinja SQL', () =>
            page.locator('.statusbar-item', { hasText: 'Jinja SQL' }).first().waitFor({ timeout: 20000 }));
        await check("the server's code lens is shown", () =>
            page.locator('.codelens-decoration', { hasText: 'Show compiled SQL' }).first().waitFor({ timeout: 60000 }));
        await check('the code lens opens the compiled SQL beside the model', async () => {
            await page.locator('.codelens-decoration a', { hasText: 'Show compiled SQL' }).first().click();
            await page.locator('.tab', { hasText: 'orders (compiled).sql' }).first().waitFor({ timeout: 30000 });
        });
    } finally {
        const shot = path.join(SHOTS, 'ui-smoke.png');
        await page.screenshot({ path: shot }).catch(error => console.log(`[ui] no screenshot: ${error.message}`));
        console.log(`[ui] screenshot: ${shot}`);
        await context.close();
    }
    console.log(`[ui] ${6 - failed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
})();
