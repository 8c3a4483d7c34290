const test = require('node:test');
const assert = require('node:assert/strict');
const { serverCommand } = require('../../out/serverCommand');

test('VM args come before -jar and the serve subcommand ends the line', () => {
    assert.deepEqual(serverCommand({ javaExecutable: '/jdk/bin/java', jarPath: '/ext/server/modelsense.jar', vmArgs: ['-Xmx2g', ' ', ' -XX:+UseG1GC '] }), {
        command: '/jdk/bin/java',
        args: ['-Xmx2g', '-XX:+UseG1GC', '-jar', '/ext/server/modelsense.jar', 'serve'],
    });
});

test('a -jar among the VM args is refused', () => {
    assert.throws(() => serverCommand({ javaExecutable: 'java', jarPath: 'a.jar', vmArgs: ['-jar', 'other.jar'] }), /must not contain -jar/);
});
