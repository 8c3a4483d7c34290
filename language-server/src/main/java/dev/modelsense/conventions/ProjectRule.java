package dev.modelsense.conventions;

import dev.modelsense.compile.ProjectSnapshot;

import java.util.List;

/** A check of what belongs to no single model: sources, seeds, the graph's shape. */
interface ProjectRule {

    List<Finding> check(ProjectSnapshot snapshot, Conventions conventions);
}
