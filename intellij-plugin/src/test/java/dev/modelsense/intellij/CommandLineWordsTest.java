package dev.modelsense.intellij;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommandLineWordsTest {

    @Test
    void splitsOnSpacesAndKeepsQuotedSpaces() {
        assertEquals(List.of("java", "-Xmx2g", "-jar", "/home/a b/modelsense.jar", "serve"),
                CommandLineWords.split("java  -Xmx2g -jar \"/home/a b/modelsense.jar\" serve "));
    }

    @Test
    void quotesMayStartInsideAWordAndAreDropped() {
        assertEquals(List.of("-Dname=a b", "x"), CommandLineWords.split("-Dname=\"a b\" x"));
    }

    @Test
    void blankAndNullAreNoWords() {
        assertEquals(List.of(), CommandLineWords.split("   "));
        assertEquals(List.of(), CommandLineWords.split(null));
    }
}
