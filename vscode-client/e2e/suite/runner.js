// A tiny test runner for suites inside the extension host: runs [name, body] pairs in order, a body may return
// {pending: reason}; writes the results to $E2E_RESULTS and rejects when any test failed (the exit code).
const fs = require('fs');
const path = require('path');

function log(line) {
    console.log(`[e2e] ${line}`);
}

async function eventually(what, probe, timeoutMillis = 60000) {
    const deadline = Date.now() + timeoutMillis;
    let last;
    while (Date.now() < deadline) {
        try {
            last = await probe();
            if (last) {
                return last;
            }
        } catch (error) {
            last = error;
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

async function runSuite(tests, timings) {
    const started = Date.now();
    const results = [];
    for (const [name, body] of tests) {
        const t0 = Date.now();
        try {
            const outcome = await body();
            const pending = outcome && outcome.pending;
            results.push({ name, status: pending ? 'pending' : 'passed', reason: pending || undefined, millis: Date.now() - t0 });
            log(`${pending ? 'PENDING' : 'ok     '} ${name}${pending ? ` — ${pending}` : ''} (${Date.now() - t0} ms)`);
        } catch (error) {
            results.push({ name, status: 'failed', reason: String((error && error.stack) || error), millis: Date.now() - t0 });
            log(`FAILED  ${name}: ${(error && error.stack) || error}`);
        }
    }
    const count = status => results.filter(r => r.status === status).length;
    const summary = `${count('passed')} passed, ${count('failed')} failed, ${count('pending')} pending (${Date.now() - started} ms)`;
    log(summary);
    if (process.env.E2E_RESULTS) {
        fs.mkdirSync(path.dirname(process.env.E2E_RESULTS), { recursive: true });
        fs.writeFileSync(process.env.E2E_RESULTS, JSON.stringify({ summary, results, timings: timings() }, null, 2));
    }
    if (count('failed') > 0) {
        throw new Error(summary);
    }
}

module.exports = { log, eventually, runSuite };
