package dev.modelsense.sandbox;

import dev.modelsense.compile.RelationAddress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code sandbox list} and {@code sandbox clean} for the caller's own sandbox: only relations (tables and views),
 * only in the caller's schema, every drop through the {@link StatementGuard}. The schema itself is left in place.
 */
public final class SandboxAdmin {

    /** One relation in a sandbox and when this tool last built it (null when it was not built by a run). */
    public record Entry(String name, RelationKind kind, Instant builtAt) {
    }

    private final Warehouse warehouse;
    private final SandboxName sandbox;
    private final StatementRunner runner;

    public SandboxAdmin(Warehouse warehouse, SandboxName sandbox, CancellationToken token) {
        this.warehouse = warehouse;
        this.sandbox = sandbox;
        this.runner = new StatementRunner(warehouse, new StatementGuard(sandbox.database(), sandbox.schema()), token, 0);
    }

    public List<Entry> list() {
        Map<String, Instant> builtAt = BuildLog.read(warehouse, sandbox);
        List<Entry> entries = new ArrayList<>();
        Catalog.relations(warehouse, sandbox.schema()).forEach((name, kind) -> {
            if (!name.equals(BuildLog.TABLE)) {
                entries.add(new Entry(name, kind, builtAt.get(name)));
            }
        });
        return entries;
    }

    /**
     * Drops the sandbox's relations last built before {@code now - olderThan} (all of them when {@code olderThan} is
     * null; relations with no build record count as old). Views go first so nothing depends on a dropped table.
     */
    public List<Entry> clean(Duration olderThan, Instant now) {
        List<Entry> dropped = new ArrayList<>();
        List<Entry> entries = new ArrayList<>(list());
        entries.sort((a, b) -> a.kind() == b.kind() ? 0 : a.kind() == RelationKind.VIEW ? -1 : 1);
        for (Entry entry : entries) {
            boolean old = olderThan == null || entry.builtAt() == null
                    || entry.builtAt().isBefore(now.minus(olderThan));
            if (old) {
                runner.execute(warehouse.dialect().drop(new RelationAddress(sandbox.database(), sandbox.schema(),
                        entry.name()), entry.kind()));
                dropped.add(entry);
            }
        }
        if (olderThan == null) {
            runner.execute(warehouse.dialect().drop(BuildLog.address(sandbox), RelationKind.TABLE));
        }
        return dropped;
    }
}
