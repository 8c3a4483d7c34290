// Debian's Chromium driven by playwright-core, with a throwaway profile.
const fs = require('fs');
const path = require('path');
const { chromium } = require('./tools/node_modules/playwright-core');

exports.launch = async function launch(tmp) {
    return chromium.launchPersistentContext(fs.mkdtempSync(path.join(tmp, 'chrome-')), {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        viewport: { width: 1400, height: 900 },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
};

exports.withTimeout = function withTimeout(promise, millis, what) {
    let timer;
    return Promise.race([promise, new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${millis} ms: ${what}`)), millis);
    })]).finally(() => clearTimeout(timer));
};
