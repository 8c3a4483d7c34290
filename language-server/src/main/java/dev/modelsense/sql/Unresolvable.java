package dev.modelsense.sql;

/** Why the output columns of a query cannot be known statically; unwinds the column walk to a {@link Columns.Unknown}. */
final class Unresolvable extends RuntimeException {

    Unresolvable(String why) {
        super(why, null, false, false);
    }
}
