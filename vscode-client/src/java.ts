// Finding a Java 17+ runtime for the server. Pure: the file system and the process runner come in as parameters,
// so the order of the search and the version rules are unit-tested without a JDK.
import * as path from 'path';

export const MINIMUM_JAVA = 17;

export type JavaSource = 'setting modelsense.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
    readonly source: JavaSource;
    readonly executable: string;
}

export interface JavaSearchInput {
    readonly javaHomeSetting?: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly platform: NodeJS.Platform;
}

/** Where to look, in order: the setting, then JAVA_HOME, then each PATH entry. */
export function javaCandidates(input: JavaSearchInput): JavaCandidate[] {
    const exe = input.platform === 'win32' ? 'java.exe' : 'java';
    const join = input.platform === 'win32' ? path.win32.join : path.posix.join;
    const candidates: JavaCandidate[] = [];
    const home = input.javaHomeSetting?.trim();
    if (home) {
        candidates.push({ source: 'setting modelsense.java.home', executable: join(home, 'bin', exe) });
    }
    const javaHome = input.env['JAVA_HOME']?.trim();
    if (javaHome) {
        candidates.push({ source: 'JAVA_HOME', executable: join(javaHome, 'bin', exe) });
    }
    const separator = input.platform === 'win32' ? ';' : ':';
    for (const dir of (input.env['PATH'] ?? '').split(separator)) {
        if (dir.trim()) {
            candidates.push({ source: 'PATH', executable: join(dir.trim(), exe) });
        }
    }
    return candidates;
}

/**
 * The feature version from `java -version` output (it goes to stderr): `openjdk version "17.0.15"` is 17,
 * `java version "1.8.0_392"` is 8, `openjdk version "21" 2023-09-19` is 21. Undefined when unreadable.
 */
export function parseJavaVersion(output: string): number | undefined {
    const match = /version\s+"([^"]+)"/.exec(output);
    if (!match) {
        return undefined;
    }
    const parts = match[1].split(/[.\-_+]/);
    const first = Number.parseInt(parts[0], 10);
    if (Number.isNaN(first)) {
        return undefined;
    }
    // before Java 9 the version string was 1.N
    return first === 1 && parts.length > 1 ? Number.parseInt(parts[1], 10) : first;
}

export type JavaLookup =
    | { readonly kind: 'found'; readonly executable: string; readonly version: number; readonly source: JavaSource }
    | { readonly kind: 'tooOld'; readonly executable: string; readonly version: number; readonly source: JavaSource }
    | { readonly kind: 'missing'; readonly tried: readonly JavaCandidate[] };

export interface JavaProbe {
    exists(file: string): boolean;
    /** The combined stdout and stderr of `<executable> -version`, or undefined when it could not run. */
    versionOutput(executable: string): Promise<string | undefined>;
}

/**
 * The first candidate that exists and runs decides: a configured Java that is too old is reported as such, rather
 * than silently skipped for another one, so the user learns that their setting is wrong.
 */
export async function findJava(input: JavaSearchInput, probe: JavaProbe): Promise<JavaLookup> {
    const candidates = javaCandidates(input);
    for (const candidate of candidates) {
        if (!probe.exists(candidate.executable)) {
            continue;
        }
        const output = await probe.versionOutput(candidate.executable);
        const version = output === undefined ? undefined : parseJavaVersion(output);
        if (version === undefined) {
            continue;
        }
        const found = { executable: candidate.executable, version, source: candidate.source };
        return version >= MINIMUM_JAVA ? { kind: 'found', ...found } : { kind: 'tooOld', ...found };
    }
    return { kind: 'missing', tried: candidates };
}

/** What to tell the user when no usable Java was found, with the fix. */
export function javaProblemMessage(lookup: JavaLookup): string | undefined {
    switch (lookup.kind) {
        case 'found':
            return undefined;
        case 'tooOld':
            return `Modelsense needs Java ${MINIMUM_JAVA} or newer, but ${lookup.executable} (from ${lookup.source}) `
                + `is Java ${lookup.version}. Install a JDK ${MINIMUM_JAVA}+ and point the setting `
                + '"modelsense.java.home" (or JAVA_HOME) at it.';
        case 'missing':
            return `Modelsense needs Java ${MINIMUM_JAVA} or newer and found none (looked at the setting `
                + '"modelsense.java.home", JAVA_HOME and PATH). Install a JDK '
                + `${MINIMUM_JAVA}+ (for example Eclipse Temurin) and set "modelsense.java.home" to its folder.`;
    }
}
