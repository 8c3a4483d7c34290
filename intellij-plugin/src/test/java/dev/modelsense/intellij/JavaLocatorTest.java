package dev.modelsense.intellij;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaLocatorTest {

    @TempDir
    Path dir;

    private final JavaLocator locator = new JavaLocator(JavaVersions.standard());

    private LaunchEnvironment unix(Map<String, String> variables) {
        return new LaunchEnvironment(variables, null, false);
    }

    @Test
    void theSettingComesFirst() throws Exception {
        Path setting = FakeFiles.javaHome(dir.resolve("setting"), "21.0.1");
        Path javaHome = FakeFiles.javaHome(dir.resolve("home"), "17.0.2");
        JavaLookup lookup = locator.find(dir.resolve("setting").toString(),
                unix(Map.of("JAVA_HOME", javaHome.getParent().getParent().toString())));
        JavaRuntime runtime = assertInstanceOf(JavaLookup.Found.class, lookup).runtime();
        assertEquals(new JavaRuntime(setting, 21, JavaRuntime.Origin.SETTING), runtime);
    }

    @Test
    void theSettingMayNameTheExecutable() throws Exception {
        Path setting = FakeFiles.javaHome(dir.resolve("setting"), "17");
        JavaLookup lookup = locator.find(setting.toString(), unix(Map.of()));
        assertEquals(setting, assertInstanceOf(JavaLookup.Found.class, lookup).runtime().executable());
    }

    @Test
    void thenJavaHomeThenPath() throws Exception {
        Path home = FakeFiles.javaHome(dir.resolve("home"), "17.0.2");
        Path onPath = FakeFiles.javaHome(dir.resolve("path-jdk"), "21");
        String path = onPath.getParent().toString();
        JavaLookup withHome = locator.find("", unix(Map.of("JAVA_HOME", dir.resolve("home").toString(), "PATH", path)));
        assertEquals(new JavaRuntime(home, 17, JavaRuntime.Origin.JAVA_HOME),
                assertInstanceOf(JavaLookup.Found.class, withHome).runtime());
        JavaLookup withoutHome = locator.find(null, unix(Map.of("PATH", path)));
        assertEquals(new JavaRuntime(onPath, 21, JavaRuntime.Origin.PATH),
                assertInstanceOf(JavaLookup.Found.class, withoutHome).runtime());
    }

    @Test
    void anOldJavaIsSkippedWithItsReason() throws Exception {
        FakeFiles.javaHome(dir.resolve("old-setting"), "11.0.20");
        FakeFiles.javaHome(dir.resolve("home"), "1.8.0_392");
        Path onPath = FakeFiles.javaHome(dir.resolve("path-jdk"), "17.0.1");
        JavaLookup lookup = locator.find(dir.resolve("old-setting").toString(), unix(Map.of(
                "JAVA_HOME", dir.resolve("home").toString(), "PATH", onPath.getParent().toString())));
        JavaLookup.Found found = assertInstanceOf(JavaLookup.Found.class, lookup);
        assertEquals(JavaRuntime.Origin.PATH, found.runtime().origin());
        assertEquals(2, found.skipped().size(), found.skipped().toString());
        assertTrue(found.skipped().get(0).contains("Java 11 is older than 17"), found.skipped().get(0));
        assertTrue(found.skipped().get(1).startsWith("JAVA_HOME"), found.skipped().get(1));
        assertTrue(found.skipped().get(1).contains("Java 8 is older than 17"), found.skipped().get(1));
    }

    @Test
    void theFirstJavaOnPathIsTheOneAShellRuns() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path old = FakeFiles.javaHome(dir.resolve("old"), "11");
        FakeFiles.javaHome(dir.resolve("new"), "21");
        String path = empty + ":" + old.getParent() + ":" + dir.resolve("new/bin");
        JavaLookup lookup = locator.find("", unix(Map.of("PATH", path)));
        JavaLookup.Missing missing = assertInstanceOf(JavaLookup.Missing.class, lookup);
        assertTrue(missing.message().contains("Java 11 is older than 17"), missing.message());
        assertTrue(missing.message().startsWith("Modelsense needs Java 17 or later"), missing.message());
    }

    @Test
    void theIdeRuntimeIsTheLastResort() throws Exception {
        Path ide = FakeFiles.javaHome(dir.resolve("jbr"), "21.0.5");
        JavaLookup lookup = locator.find("", new LaunchEnvironment(Map.of("PATH", dir.resolve("nothing").toString()),
                dir.resolve("jbr"), false));
        JavaLookup.Found found = assertInstanceOf(JavaLookup.Found.class, lookup);
        assertEquals(new JavaRuntime(ide, 21, JavaRuntime.Origin.IDE_RUNTIME), found.runtime());
        assertEquals("PATH: no java", found.skipped().get(0));
    }

    @Test
    void aMissingJavaSaysWhatWasTried() {
        JavaLookup lookup = locator.find(dir.resolve("nowhere").toString(),
                unix(Map.of("JAVA_HOME", dir.resolve("gone").toString())));
        JavaLookup.Missing missing = assertInstanceOf(JavaLookup.Missing.class, lookup);
        assertEquals(3, missing.reasons().size(), missing.reasons().toString());
        assertTrue(missing.reasons().get(0).startsWith("the Java setting"), missing.reasons().get(0));
        assertTrue(missing.reasons().get(1).contains("no runnable java there"), missing.reasons().get(1));
    }

    @Test
    void aFileThatIsNotExecutableIsNotJavaOnUnix() throws Exception {
        Path java = dir.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "");
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"21\"\n");
        assertInstanceOf(JavaLookup.Missing.class, locator.find(dir.resolve("jdk").toString(), unix(Map.of())));
    }

    @Test
    void onWindowsJavaExeNeedsNoExecutableBitAndPathIgnoresCase() throws Exception {
        Path exe = dir.resolve("jdk/bin/java.exe");
        Files.createDirectories(exe.getParent());
        Files.writeString(exe, "");
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"17.0.3\"\n");
        LaunchEnvironment windows = new LaunchEnvironment(Map.of("Path", dir.resolve("none") + ";\""
                + exe.getParent() + "\""), null, true);
        JavaLookup.Found found = assertInstanceOf(JavaLookup.Found.class, locator.find("", windows));
        assertEquals(new JavaRuntime(exe, 17, JavaRuntime.Origin.PATH), found.runtime());
    }
}
