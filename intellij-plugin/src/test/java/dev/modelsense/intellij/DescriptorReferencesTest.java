package dev.modelsense.intellij;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The part of the plugin that cannot be compiled here (src/ide/java, built against an IDE and LSP4IJ) is checked
 * textually: every class the descriptor names exists with the type LSP4IJ instantiates it as, and every launch-logic
 * class the glue imports exists. JetBrains' validator does not look at classes at all.
 */
class DescriptorReferencesTest {

    private static final Set<String> CLASS_ATTRIBUTES = Set.of("factoryClass", "documentMatcher", "implementation",
            "implementationClass", "serviceImplementation", "class", "instance", "provider");
    private static final Path IDE_SOURCES = Path.of(System.getProperty("modelsense.ide.sources"));
    private static final Path MAIN_SOURCES = Path.of(System.getProperty("modelsense.main.sources"));

    private static Document descriptor() throws Exception {
        byte[] xml = PluginDescriptorTest.builtDescriptor().getBytes(StandardCharsets.UTF_8);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    private static String source(String className) throws Exception {
        String relative = className.replace('.', '/') + ".java";
        for (Path root : List.of(IDE_SOURCES, MAIN_SOURCES)) {
            Path file = root.resolve(relative);
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
        }
        throw new AssertionError("plugin.xml names " + className + " but there is no " + relative
                + " under src/ide/java or src/main/java");
    }

    @Test
    void everyClassTheDescriptorNamesExists() throws Exception {
        List<String> named = new ArrayList<>();
        NodeList all = descriptor().getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                if (CLASS_ATTRIBUTES.contains(attribute.getNodeName())) {
                    named.add(attribute.getNodeValue());
                }
            }
        }
        assertEquals(3, named.size(), named.toString());
        for (String className : named) {
            String simpleName = className.substring(className.lastIndexOf('.') + 1);
            String source = source(className);
            assertTrue(source.contains("package " + className.substring(0, className.lastIndexOf('.')) + ";"),
                    className + " is in another package");
            assertTrue(source.contains("public final class " + simpleName + " "), className + " must be public");
            // LSP4IJ creates it with the no-argument constructor
            assertFalse(Pattern.compile("\\b" + simpleName + "\\s*\\(\\s*[A-Za-z]").matcher(source).find(),
                    className + " declares a constructor with parameters");
        }
    }

    @Test
    void theServerFactoryAndMatcherImplementLsp4ijsInterfaces() throws Exception {
        Document document = descriptor();
        Element server = elements(document, "server").get(0);
        assertImplements(server.getAttribute("factoryClass"), "com.redhat.devtools.lsp4ij.LanguageServerFactory");
        for (Element mapping : elements(document, "fileNamePatternMapping")) {
            assertImplements(mapping.getAttribute("documentMatcher"), "com.redhat.devtools.lsp4ij.DocumentMatcher");
            assertEquals(server.getAttribute("id"), mapping.getAttribute("serverId"));
        }
    }

    private static void assertImplements(String className, String interfaceName) throws Exception {
        String source = source(className);
        String simple = interfaceName.substring(interfaceName.lastIndexOf('.') + 1);
        assertTrue(source.contains("import " + interfaceName + ";"), className + " does not import " + interfaceName);
        assertTrue(Pattern.compile("implements\\s+[^{]*\\b" + simple + "\\b").matcher(source).find(),
                className + " does not implement " + simple);
    }

    @Test
    void theFactoryLooksItsPluginUpByTheDescriptorsId() throws Exception {
        Document document = descriptor();
        String id = elements(document, "id").get(0).getTextContent().trim();
        String factory = source(elements(document, "server").get(0).getAttribute("factoryClass"));
        assertTrue(factory.contains("PLUGIN_ID = \"" + id + "\""), "the factory finds lib/server through plugin " + id);
    }

    @Test
    void theMappingsCoverTheDbtFilePatternsAndTheServerOutlivesItsLastFile() throws Exception {
        Document document = descriptor();
        List<String> patterns = elements(document, "fileNamePatternMapping").stream()
                .flatMap(m -> Arrays.stream(m.getAttribute("patterns").split(";"))).toList();
        assertEquals(DbtProjectFiles.PATTERNS, patterns);
        int keepAlive = Integer.parseInt(elements(document, "server").get(0)
                .getAttribute("lastDocumentDisconnectedTimeout"));
        assertTrue(keepAlive >= 3600, "the server must keep compiling after the last file closes: " + keepAlive);
    }

    @Test
    void everyLaunchLogicClassTheGlueImportsExists() throws Exception {
        Pattern ownImport = Pattern.compile("^import (dev\\.modelsense\\.intellij\\.[A-Za-z.]+);", Pattern.MULTILINE);
        List<String> imported = new ArrayList<>();
        try (Stream<Path> files = Files.walk(IDE_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = ownImport.matcher(Files.readString(file));
                while (m.find()) {
                    imported.add(m.group(1));
                }
            }
        }
        assertFalse(imported.isEmpty());
        for (String className : imported) {
            if (className.startsWith("dev.modelsense.intellij.ide.")) {
                continue;
            }
            Class.forName(className); // fails the test when the glue uses a class that was renamed or removed
        }
    }
}
