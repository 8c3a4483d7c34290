const test = require('node:test');
const assert = require('node:assert/strict');
const { RestartPolicy } = require('../../out/restartPolicy');

test('restarts with a growing delay, then stops after too many crashes in the window', () => {
    let now = 0;
    const policy = new RestartPolicy(3, 60_000, 500, () => now);
    assert.deepEqual(policy.crashed(), { restart: true, delayMillis: 500 });
    now += 1000;
    assert.deepEqual(policy.crashed(), { restart: true, delayMillis: 1000 });
    now += 1000;
    assert.deepEqual(policy.crashed(), { restart: true, delayMillis: 2000 });
    now += 1000;
    assert.equal(policy.crashed().restart, false);
});

test('crashes older than the window are forgotten; a manual restart resets the count', () => {
    let now = 0;
    const policy = new RestartPolicy(1, 60_000, 500, () => now);
    assert.equal(policy.crashed().restart, true);
    now += 61_000;
    assert.deepEqual(policy.crashed(), { restart: true, delayMillis: 500 });
    assert.equal(policy.crashed().restart, false);
    policy.reset();
    assert.equal(policy.crashed().restart, true);
});
