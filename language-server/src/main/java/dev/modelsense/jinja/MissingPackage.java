package dev.modelsense.jinja;

/**
 * The namespace of a package that packages.yml lists but that is not installed. dbt stops on
 * {@code dbt_utils.star(...)} with "'dbt_utils' is undefined"; Jinjava would call a method of an undefined name
 * without complaint and print nothing, leaving a hole in the SQL. Any attribute of this namespace stops the render.
 */
record MissingPackage(String name, String identity) implements PyObject {

    @Override
    public Object getAttr(String attribute) {
        String message = "'" + name + "' is undefined: package '" + identity + "' is listed in packages.yml but not"
                + " installed; run `dbt deps`";
        RenderState state = RenderState.current();
        if (state == null) {
            throw new DbtCompilationException(message);
        }
        state.fail("compilation-error", message);
        return new PyFunction(attribute, args -> null);
    }

    @Override
    public String toString() {
        return "<package " + name + " (not installed)>";
    }
}
