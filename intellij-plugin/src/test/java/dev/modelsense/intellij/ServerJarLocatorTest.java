package dev.modelsense.intellij;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServerJarLocatorTest {

    @TempDir
    Path dir;

    private static final LaunchEnvironment NO_VARIABLES = new LaunchEnvironment(Map.of(), null, false);

    @Test
    void findsTheJarBundledUnderLibServer() throws Exception {
        Path pluginJar = FakeFiles.pluginJar(dir.resolve("modelsense"));
        ServerJarLookup lookup = ServerJarLocator.find(pluginJar, "", NO_VARIABLES);
        assertEquals(new ServerJarLookup.Found(dir.resolve("modelsense/lib/server/modelsense.jar"), "bundled"), lookup);
    }

    @Test
    void acceptsThePluginsLibFolderAsTheCodeSource() throws Exception {
        FakeFiles.pluginJar(dir.resolve("modelsense"));
        ServerJarLookup lookup = ServerJarLocator.find(dir.resolve("modelsense/lib"), null, NO_VARIABLES);
        assertEquals(dir.resolve("modelsense/lib/server/modelsense.jar"),
                assertInstanceOf(ServerJarLookup.Found.class, lookup).jar());
    }

    @Test
    void aJarDirectlyInLibIsNotTheServer() throws Exception {
        // lib/modelsense.jar would be on the plugin class path: the layout puts the server one folder down
        Path pluginJar = FakeFiles.jar(dir.resolve("modelsense/lib/modelsense-intellij.jar"), null);
        FakeFiles.jar(dir.resolve("modelsense/lib/modelsense.jar"), ServerJarLocator.MAIN_CLASS);
        ServerJarLookup.Missing missing = assertInstanceOf(ServerJarLookup.Missing.class,
                ServerJarLocator.find(pluginJar, "", NO_VARIABLES));
        assertTrue(missing.message().contains("lib/server/modelsense.jar"), missing.message());
    }

    @Test
    void theSettingThenTheEnvironmentOverrideTheBundledJar() throws Exception {
        Path pluginJar = FakeFiles.pluginJar(dir.resolve("modelsense"));
        Path fromSetting = FakeFiles.jar(dir.resolve("dev/setting.jar"), ServerJarLocator.MAIN_CLASS);
        Path fromEnvironment = FakeFiles.jar(dir.resolve("dev/env.jar"), ServerJarLocator.MAIN_CLASS);
        LaunchEnvironment environment = new LaunchEnvironment(
                Map.of(ServerJarLocator.ENVIRONMENT_VARIABLE, fromEnvironment.toString()), null, false);
        assertEquals(new ServerJarLookup.Found(fromSetting, "setting"),
                ServerJarLocator.find(pluginJar, fromSetting.toString(), environment));
        assertEquals(new ServerJarLookup.Found(fromEnvironment, ServerJarLocator.ENVIRONMENT_VARIABLE),
                ServerJarLocator.find(pluginJar, " ", environment));
    }

    @Test
    void aJarThatIsNotTheServerIsRefused() throws Exception {
        Path other = FakeFiles.jar(dir.resolve("other.jar"), "com.example.Main");
        ServerJarLookup.Missing missing = assertInstanceOf(ServerJarLookup.Missing.class,
                ServerJarLocator.find(null, other.toString(), NO_VARIABLES));
        assertTrue(missing.message().contains("is not the Modelsense server (its Main-Class is com.example.Main)"),
                missing.message());
    }

    @Test
    void aMissingOrBrokenJarIsReported() throws Exception {
        ServerJarLookup.Missing missing = assertInstanceOf(ServerJarLookup.Missing.class,
                ServerJarLocator.find(null, dir.resolve("none.jar").toString(), NO_VARIABLES));
        assertTrue(missing.message().contains("no file at"), missing.message());
        Path text = java.nio.file.Files.writeString(dir.resolve("text.jar"), "not a zip");
        ServerJarLookup.Missing broken = assertInstanceOf(ServerJarLookup.Missing.class,
                ServerJarLocator.find(null, text.toString(), NO_VARIABLES));
        assertTrue(broken.message().contains("is not a readable jar"), broken.message());
        assertInstanceOf(ServerJarLookup.Missing.class, ServerJarLocator.find(null, "", NO_VARIABLES));
    }
}
