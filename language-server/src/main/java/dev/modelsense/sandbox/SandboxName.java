package dev.modelsense.sandbox;

/** The personal schema a run writes into, in the database it lives in, and the user it was named after. */
public record SandboxName(String database, String schema, UserIdentity user) {

    public String display() {
        return (database == null ? "" : database + ".") + schema + " (user " + user.name() + " from "
                + user.source() + ")";
    }
}
