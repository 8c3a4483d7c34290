package dev.modelsense.sandbox;

import dev.modelsense.compile.ProjectSnapshot;
import dev.modelsense.project.TargetProfile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Finds the caller's sandbox for a compiled project (its name and warehouse), for runs and for list/clean. */
public final class SandboxLocator {

    private final Function<Path, Optional<String>> gitEmail;
    private final String osUser;

    public SandboxLocator() {
        this(UserIdentity::gitEmail, System.getProperty("user.name"));
    }

    public SandboxLocator(Function<Path, Optional<String>> gitEmail, String osUser) {
        this.gitEmail = gitEmail;
        this.osUser = osUser;
    }

    public SandboxName name(ProjectSnapshot snapshot, String user, String template, Map<String, String> env) {
        TargetProfile target = snapshot.project().target();
        Path root = snapshot.project().root().root();
        UserIdentity identity = UserIdentity.resolve(user, env, () -> gitEmail.apply(root), osUser);
        SandboxName sandbox = SandboxNaming.name(template, target.database(), target.schema(), target.targetName(),
                identity, WarehouseDialect.of(target.type()));
        SandboxNaming.refuseProduction(sandbox, List.of(target.schema()));
        return sandbox;
    }

    public Warehouse connect(ProjectSnapshot snapshot, List<Path> driverPath) {
        Path root = snapshot.project().root().root();
        return new WarehouseConnector(driverPath, 10).connect(snapshot.project().target(), root,
                root.resolve(snapshot.project().root().targetPath()));
    }
}
