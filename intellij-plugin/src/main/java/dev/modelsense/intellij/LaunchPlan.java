package dev.modelsense.intellij;

/** Whether the server can be started, and how; or why not, in words for the user. */
public sealed interface LaunchPlan {

    record Ready(LaunchSpec spec) implements LaunchPlan {
    }

    record Failed(String message) implements LaunchPlan {
    }
}
