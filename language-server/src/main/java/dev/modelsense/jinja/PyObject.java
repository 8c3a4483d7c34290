package dev.modelsense.jinja;

/**
 * A Java object that Jinja code reads like a Python object: {@code obj.attr} and {@code obj.method(a, k=v)}.
 * Methods are attributes whose value is a {@link PyFunction}, so Python keyword arguments reach them intact.
 */
interface PyObject {
    /** Marks an attribute the object does not have (null is a legitimate value: Python's None). */
    Object NO_ATTRIBUTE = new Object() {
        @Override
        public String toString() {
            return "<no attribute>";
        }
    };

    Object getAttr(String name);
}
