package dev.modelsense.conventions;

import java.util.List;

/** A check of one model of the root project. */
interface NodeRule {

    List<Finding> check(NodeContext context);
}
