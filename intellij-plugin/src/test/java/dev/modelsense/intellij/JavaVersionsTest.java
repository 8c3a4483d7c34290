package dev.modelsense.intellij;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JavaVersionsTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFeatureVersionOfEveryVersionScheme() {
        assertEquals(OptionalInt.of(17), JavaVersions.featureVersion("17.0.15"));
        assertEquals(OptionalInt.of(21), JavaVersions.featureVersion("21"));
        assertEquals(OptionalInt.of(25), JavaVersions.featureVersion("25-ea"));
        assertEquals(OptionalInt.of(8), JavaVersions.featureVersion("1.8.0_392"));
        assertEquals(OptionalInt.of(11), JavaVersions.featureVersion("11.0.2+9"));
        assertEquals(OptionalInt.empty(), JavaVersions.featureVersion("unknown"));
    }

    @Test
    void readsTheReleaseFileBesideBin() throws Exception {
        assertEquals(OptionalInt.of(21), JavaVersions.fromReleaseFile(FakeFiles.javaHome(dir.resolve("jdk21"), "21.0.4")));
        assertEquals(OptionalInt.of(8), JavaVersions.fromReleaseFile(FakeFiles.javaHome(dir.resolve("jdk8"), "1.8.0_392")));
    }

    @Test
    void followsSymbolicLinksToTheRealHome() throws Exception {
        Path real = FakeFiles.javaHome(dir.resolve("jvm/jdk-17"), "17.0.9");
        Path link = dir.resolve("usr/bin/java");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, real);
        assertEquals(OptionalInt.of(17), JavaVersions.fromReleaseFile(link));
    }

    @Test
    void noReleaseFileIsNoVersion() throws Exception {
        assertEquals(OptionalInt.empty(), JavaVersions.fromReleaseFile(FakeFiles.executable(dir.resolve("bin/java"))));
    }

    @Test
    void asksARealJavaForItsVersion() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertEquals(OptionalInt.of(Runtime.version().feature()), JavaVersions.fromVersionCommand(java));
    }

    @Test
    void anExecutableThatIsNoJavaHasNoVersion() throws Exception {
        Path script = FakeFiles.executable(dir.resolve("bin/java"));
        Files.writeString(script, "#!/bin/sh\necho hello\n");
        assertEquals(OptionalInt.empty(), JavaVersions.standard().featureVersion(script));
    }
}
