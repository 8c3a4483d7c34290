const test = require('node:test');
const assert = require('node:assert/strict');
const { javaCandidates, parseJavaVersion, findJava, javaProblemMessage } = require('../../out/java');

test('looks at the setting, then JAVA_HOME, then PATH, in that order', () => {
    const candidates = javaCandidates({
        javaHomeSetting: '/opt/jdk21', env: { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/local/bin:/usr/bin' }, platform: 'linux',
    });
    assert.deepEqual(candidates, [
        { source: 'setting modelsense.java.home', executable: '/opt/jdk21/bin/java' },
        { source: 'JAVA_HOME', executable: '/usr/lib/jvm/17/bin/java' },
        { source: 'PATH', executable: '/usr/local/bin/java' },
        { source: 'PATH', executable: '/usr/bin/java' },
    ]);
});

test('blank setting and JAVA_HOME are skipped; Windows uses java.exe and ;', () => {
    const candidates = javaCandidates({ javaHomeSetting: '  ', env: { JAVA_HOME: '', PATH: 'C:\\jdk\\bin;;C:\\Windows' }, platform: 'win32' });
    assert.deepEqual(candidates.map(c => c.executable), ['C:\\jdk\\bin\\java.exe', 'C:\\Windows\\java.exe']);
});

test('reads the feature version of every java -version style', () => {
    assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
    assert.equal(parseJavaVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment'), 8);
    assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
    assert.equal(parseJavaVersion('openjdk version "22-ea" 2024-03-19'), 22);
    assert.equal(parseJavaVersion('bash: java: command not found'), undefined);
});

function probe(files) {
    return {
        exists: file => file in files,
        versionOutput: async file => files[file],
    };
}

test('the first Java that exists and runs decides', async () => {
    const lookup = await findJava({ env: { JAVA_HOME: '/missing', PATH: '/a:/b' }, platform: 'linux' },
        probe({ '/a/java': 'garbage', '/b/java': 'openjdk version "17.0.2"' }));
    assert.deepEqual(lookup, { kind: 'found', executable: '/b/java', version: 17, source: 'PATH' });
});

test('a configured Java that is too old is reported, not skipped', async () => {
    const lookup = await findJava({ javaHomeSetting: '/jdk8', env: { PATH: '/usr/bin' }, platform: 'linux' },
        probe({ '/jdk8/bin/java': 'java version "1.8.0_392"', '/usr/bin/java': 'openjdk version "21"' }));
    assert.equal(lookup.kind, 'tooOld');
    assert.equal(lookup.version, 8);
    assert.match(javaProblemMessage(lookup), /needs Java 17 or newer, but \/jdk8\/bin\/java \(from setting modelsense.java.home\) is Java 8/);
});

test('no Java at all gives a message naming the setting to fix', async () => {
    const lookup = await findJava({ env: { PATH: '/usr/bin' }, platform: 'linux' }, probe({}));
    assert.equal(lookup.kind, 'missing');
    assert.equal(lookup.tried.length, 1);
    assert.match(javaProblemMessage(lookup), /found none .*"modelsense.java.home"/);
    assert.equal(javaProblemMessage({ kind: 'found', executable: 'java', version: 17, source: 'PATH' }), undefined);
});
