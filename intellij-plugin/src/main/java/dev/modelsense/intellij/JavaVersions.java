package dev.modelsense.intellij;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The feature version of a Java installation. The {@code release} file every JDK and JRE since 9 carries is read
 * first, because it costs no process; only a Java without one (an old or unusual layout) is asked with
 * {@code java -version}.
 */
public final class JavaVersions {

    /** Finds the version of the Java whose executable is given; empty when it cannot tell. */
    @FunctionalInterface
    public interface Probe {
        OptionalInt featureVersion(Path javaExecutable);
    }

    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([^\"\\s]+)\"?\\s*$");
    private static final Pattern VERSION_OUTPUT = Pattern.compile("version \"([^\"]+)\"");
    private static final long PROBE_TIMEOUT_SECONDS = 10;

    private JavaVersions() {
    }

    /** The release file next to {@code bin/} of the real (symlinks resolved) executable, then {@code java -version}. */
    public static Probe standard() {
        return executable -> {
            OptionalInt fromRelease = fromReleaseFile(executable);
            return fromRelease.isPresent() ? fromRelease : fromVersionCommand(executable);
        };
    }

    /** Reads {@code JAVA_VERSION} from {@code <home>/release}, where home is the parent of the executable's bin. */
    public static OptionalInt fromReleaseFile(Path executable) {
        try {
            Path real = executable.toRealPath();
            Path bin = real.getParent();
            if (bin == null || bin.getParent() == null) {
                return OptionalInt.empty();
            }
            Path release = bin.getParent().resolve("release");
            if (!Files.isRegularFile(release)) {
                return OptionalInt.empty();
            }
            Matcher m = RELEASE_VERSION.matcher(Files.readString(release, StandardCharsets.ISO_8859_1));
            return m.find() ? featureVersion(m.group(1)) : OptionalInt.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /** Runs {@code java -version} (it prints to stderr) and reads the quoted version. */
    public static OptionalInt fromVersionCommand(Path executable) {
        try {
            Process process = new ProcessBuilder(executable.toString(), "-version").redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return OptionalInt.empty();
            }
            Matcher m = VERSION_OUTPUT.matcher(output);
            return m.find() ? featureVersion(m.group(1)) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /**
     * The feature version of a version string: {@code 17.0.9} → 17, {@code 21} → 21, {@code 25-ea} → 25, and the
     * pre-9 scheme {@code 1.8.0_392} → 8.
     */
    public static OptionalInt featureVersion(String version) {
        Matcher m = Pattern.compile("^(\\d+)(?:\\.(\\d+))?").matcher(version.trim());
        if (!m.find()) {
            return OptionalInt.empty();
        }
        int first = Integer.parseInt(m.group(1));
        if (first == 1 && m.group(2) != null) {
            return OptionalInt.of(Integer.parseInt(m.group(2)));
        }
        return OptionalInt.of(first);
    }
}
