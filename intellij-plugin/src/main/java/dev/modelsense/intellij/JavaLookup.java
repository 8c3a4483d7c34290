package dev.modelsense.intellij;

import java.util.List;

/** The outcome of looking for a Java that can run the server. */
public sealed interface JavaLookup {

    /** A usable Java, and why earlier candidates were passed over (shown in the server log). */
    record Found(JavaRuntime runtime, List<String> skipped) implements JavaLookup {
        public Found {
            skipped = List.copyOf(skipped);
        }
    }

    /** No usable Java: one line per candidate that was tried, saying why it did not qualify. */
    record Missing(List<String> reasons) implements JavaLookup {
        public Missing {
            reasons = List.copyOf(reasons);
        }

        public String message() {
            return "Modelsense needs Java " + JavaLocator.MINIMUM_VERSION + " or later to run its language server. "
                    + "Set the Java setting, JAVA_HOME or PATH. Tried: " + String.join("; ", reasons);
        }
    }
}
