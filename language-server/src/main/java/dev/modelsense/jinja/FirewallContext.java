package dev.modelsense.jinja;

import com.google.common.collect.SetMultimap;
import com.hubspot.jinjava.interpret.Context;

/**
 * Sits between a render's context and the shared global context. Jinjava records every resolved expression, value,
 * function and dependency up the whole parent chain; without this barrier each render would write into the shared
 * global context's sets (a race, and unbounded growth).
 */
final class FirewallContext extends Context {

    FirewallContext(Context global) {
        super(global);
    }

    @Override
    public void addResolvedExpression(String expression) {
    }

    @Override
    public void addResolvedValue(String value) {
    }

    @Override
    public void addResolvedFunction(String function) {
    }

    @Override
    public void addDependency(String type, String identification) {
    }

    @Override
    public void addDependencies(SetMultimap<String, String> dependencies) {
    }
}
