package dev.modelsense.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Who is running: the first of the explicit setting ({@code --user}), {@code MODELSENSE_USER}, the local part of
 * git's {@code user.email}, and the OS user. {@code source} says which one won, so the user can see why.
 */
public record UserIdentity(String name, String source) {

    public static final String ENV_VARIABLE = "MODELSENSE_USER";

    public static UserIdentity resolve(String explicit, Map<String, String> env, Supplier<Optional<String>> gitEmail,
                                       String osUser) {
        if (present(explicit)) {
            return new UserIdentity(explicit.strip(), "setting");
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (present(fromEnv)) {
            return new UserIdentity(fromEnv.strip(), ENV_VARIABLE);
        }
        Optional<String> email = gitEmail.get().filter(UserIdentity::present);
        if (email.isPresent()) {
            String address = email.get().strip();
            int at = address.indexOf('@');
            return new UserIdentity(at > 0 ? address.substring(0, at) : address, "git user.email");
        }
        if (present(osUser)) {
            return new UserIdentity(osUser, "OS user");
        }
        throw new SandboxException(SandboxError.Kind.NAMING, "Cannot tell who you are: set --user or "
                + ENV_VARIABLE);
    }

    /** {@code git config --get user.email} in the project folder (local config first, then global), if git exists. */
    public static Optional<String> gitEmail(Path projectRoot) {
        try {
            Process process = new ProcessBuilder("git", "config", "--get", "user.email")
                    .directory(projectRoot.toFile()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
