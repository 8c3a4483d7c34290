package dev.modelsense.project;

/**
 * A user's mistake found while loading the project.
 *
 * @param code     stable identifier, e.g. {@code yaml-syntax}, {@code profile-missing}
 * @param location nullable when no position is knowable
 */
public record ProjectProblem(Severity severity, String code, String message, Location location) {}
