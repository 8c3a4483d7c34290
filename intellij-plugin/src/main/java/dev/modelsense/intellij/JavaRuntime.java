package dev.modelsense.intellij;

import java.nio.file.Path;

/** A Java installation that can run the server: its {@code java} executable, feature version and where it was found. */
public record JavaRuntime(Path executable, int featureVersion, Origin origin) {

    /** Where a Java candidate comes from, in the order they are tried. */
    public enum Origin {
        /** The user's "Java for the Modelsense server" setting. */
        SETTING("the Java setting"),
        /** {@code JAVA_HOME} of the IDE's environment. */
        JAVA_HOME("JAVA_HOME"),
        /** The first {@code java} on {@code PATH}. */
        PATH("PATH"),
        /** The runtime the IDE itself runs on (JetBrains Runtime, Java 21+ since 2024.2): the last resort. */
        IDE_RUNTIME("the IDE's own runtime");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
