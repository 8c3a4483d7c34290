package dev.modelsense.intellij;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerLaunchTest {

    @TempDir
    Path dir;

    private final ServerLaunch launch = new ServerLaunch(new JavaLocator(JavaVersions.standard()));

    @Test
    void theCommandRunsTheBundledJarWithTheFoundJavaInTheProjectFolder() throws Exception {
        Path java = FakeFiles.javaHome(dir.resolve("jdk"), "17.0.9");
        Path pluginJar = FakeFiles.pluginJar(dir.resolve("plugin/modelsense"));
        Path project = dir.resolve("shop");
        LaunchPlan plan = launch.plan(Map.of("modelsense.vmArgs", "-Xmx3g", "modelsense.target", "dev"), project,
                pluginJar, new LaunchEnvironment(Map.of("JAVA_HOME", dir.resolve("jdk").toString()), null, false));
        LaunchSpec spec = assertInstanceOf(LaunchPlan.Ready.class, plan).spec();
        Path server = dir.resolve("plugin/modelsense/lib/server/modelsense.jar");
        assertEquals(List.of(java.toString(), "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xmx3g", "-jar",
                server.toString(), "serve"), spec.command());
        assertEquals(project, spec.workingDirectory());
        assertEquals(server, spec.serverJar());
        assertEquals(JsonParser.parseString("{\"modelsense\": {\"target\": \"dev\", \"diagnostics\": {\"mode\": \"push\"}}}"),
                JsonParser.parseString(spec.initializationOptions()));
        assertTrue(spec.notes().contains("Java 17 from JAVA_HOME: " + java), spec.notes().toString());
    }

    @Test
    void passedOverCandidatesAndBadSettingsAreNoted() throws Exception {
        FakeFiles.javaHome(dir.resolve("old"), "11");
        Path ide = FakeFiles.javaHome(dir.resolve("jbr"), "21");
        Path pluginJar = FakeFiles.pluginJar(dir.resolve("plugin"));
        LaunchPlan plan = launch.plan(Map.of("modelsense.java", dir.resolve("old").toString(),
                        "modelsense.debounceMillis", "soon"), dir, pluginJar,
                new LaunchEnvironment(Map.of(), dir.resolve("jbr"), false));
        LaunchSpec spec = assertInstanceOf(LaunchPlan.Ready.class, plan).spec();
        assertEquals(ide.toString(), spec.command().get(0));
        assertTrue(spec.notes().stream().anyMatch(n -> n.startsWith("Skipped the Java setting")), spec.notes().toString());
        assertTrue(spec.notes().stream().anyMatch(n -> n.contains("debounceMillis")), spec.notes().toString());
    }

    @Test
    void noJavaOrNoJarIsAFailureThatSaysWhy() throws Exception {
        Path pluginJar = FakeFiles.pluginJar(dir.resolve("plugin"));
        LaunchPlan noJava = launch.plan(Map.of(), dir, pluginJar, new LaunchEnvironment(Map.of(), null, false));
        assertTrue(assertInstanceOf(LaunchPlan.Failed.class, noJava).message().contains("needs Java 17"));
        FakeFiles.javaHome(dir.resolve("jdk"), "21");
        LaunchPlan noJar = launch.plan(Map.of("modelsense.java", dir.resolve("jdk").toString()), dir,
                dir.resolve("elsewhere/lib/x.jar"), new LaunchEnvironment(Map.of(), null, false));
        assertTrue(assertInstanceOf(LaunchPlan.Failed.class, noJar).message().contains("no bundled server"));
    }
}
