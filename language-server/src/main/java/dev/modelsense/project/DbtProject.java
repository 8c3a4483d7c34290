package dev.modelsense.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A rendered dbt_project.yml, with dbt's defaults filled in. The config trees ({@code models}, {@code seeds} ...)
 * are kept as written, {@code +} keys included; {@link LoadedProject#projectConfig} walks them.
 * {@code tests} holds {@code data_tests:} when present, else the deprecated {@code tests:}.
 */
public record DbtProject(String name, Path root, Path file, String profile, String version, Object requireDbtVersion,
                         List<String> modelPaths, List<String> macroPaths, List<String> seedPaths,
                         List<String> snapshotPaths, List<String> analysisPaths, List<String> testPaths,
                         List<String> docsPaths, String targetPath,
                         Map<String, Object> vars, Map<String, Object> models, Map<String, Object> seeds,
                         Map<String, Object> snapshots, Map<String, Object> sources, Map<String, Object> tests,
                         List<DispatchRule> dispatch, Map<String, Object> quoting, List<String> onRunStart,
                         List<String> onRunEnd, Map<String, Object> flags) {}
