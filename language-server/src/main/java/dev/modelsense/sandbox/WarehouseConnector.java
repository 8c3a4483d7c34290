package dev.modelsense.sandbox;

import dev.modelsense.project.TargetProfile;

import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Opens a JDBC connection for a profile target: embedded DuckDB (a file under the project's target folder unless
 * the profile's {@code path} says otherwise), PostgreSQL from host/port/user/password/dbname, or any other adapter
 * through a driver jar on the configured driver path ({@code jdbc_url} and {@code driver_class} in the profile).
 * Every failure comes back as a {@link SandboxException} with the credentials scrubbed.
 */
public final class WarehouseConnector {

    private final List<Path> driverPath;
    private final int loginTimeoutSeconds;

    public WarehouseConnector(List<Path> driverPath, int loginTimeoutSeconds) {
        this.driverPath = List.copyOf(driverPath);
        this.loginTimeoutSeconds = loginTimeoutSeconds;
    }

    public Warehouse connect(TargetProfile target, Path projectRoot, Path targetPath) {
        WarehouseDialect dialect = WarehouseDialect.of(target.type());
        Map<String, Object> settings = target.settings();
        Secrets secrets = new Secrets(secretValues(settings));
        try {
            // a profile naming its own JDBC URL and driver class connects through the driver path, whatever the
            // adapter (whose DDL is still the adapter's own)
            boolean ownDriver = settings.get("jdbc_url") != null && settings.get("driver_class") != null;
            Connection connection = ownDriver ? openWithDriverPath(target) : switch (dialect.type()) {
                case "duckdb" -> openDuckDb(target, projectRoot, targetPath);
                case "postgres", "redshift" -> openPostgres(target);
                default -> openWithDriverPath(target);
            };
            return new Warehouse(connection, dialect, target.database(), secrets);
        } catch (SQLException e) {
            throw new SandboxException(classify(e, secrets, target));
        }
    }

    private static Connection openDuckDb(TargetProfile target, Path projectRoot, Path targetPath) throws SQLException {
        String file = duckDbFile(target, projectRoot, targetPath);
        return new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + file, new Properties());
    }

    /** The database file a DuckDB target reads and writes ("" for an in-memory database); its folder is created. */
    static String duckDbFile(TargetProfile target, Path projectRoot, Path targetPath) {
        Object configured = target.settings().get("path");
        String path = configured == null ? null : configured.toString();
        String file;
        if (path == null) {
            // no path: a file named after the database (its stem is how DuckDB names the catalog) under target/
            file = targetPath.resolve((target.database() == null ? "sandbox" : target.database()) + ".duckdb").toString();
        } else if (path.equals(":memory:") || path.contains("://") || path.startsWith("md:")) {
            file = path.equals(":memory:") ? "" : path;
        } else {
            file = projectRoot.resolve(path).toAbsolutePath().normalize().toString();
        }
        if (!file.isEmpty()) {
            Path parent = Path.of(file).getParent();
            if (parent != null) {
                parent.toFile().mkdirs();
            }
        }
        return file;
    }

    private Connection openPostgres(TargetProfile target) throws SQLException {
        Map<String, Object> s = target.settings();
        String host = text(s.get("host"), "localhost");
        String port = text(s.get("port"), "5432");
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + text(target.database(), "postgres");
        Properties props = new Properties();
        props.setProperty("user", text(s.get("user"), ""));
        Object password = s.getOrDefault("password", s.get("pass"));
        if (password != null) {
            props.setProperty("password", password.toString());
        }
        props.setProperty("connectTimeout", String.valueOf(loginTimeoutSeconds));
        props.setProperty("loginTimeout", String.valueOf(loginTimeoutSeconds));
        props.setProperty("ApplicationName", "modelsense");
        return new org.postgresql.Driver().connect(url, props);
    }

    private Connection openWithDriverPath(TargetProfile target) throws SQLException {
        Map<String, Object> s = target.settings();
        String url = text(s.get("jdbc_url"), null);
        String driverClass = text(s.get("driver_class"), null);
        if (url == null || driverClass == null) {
            throw new SandboxException(SandboxError.Kind.MISSING_DRIVER, "Adapter '" + target.type() + "' needs "
                    + "'jdbc_url' and 'driver_class' in its profile target and the driver jar on the driver path");
        }
        Driver driver = loadDriver(driverClass, target.type());
        Properties props = new Properties();
        if (s.get("user") != null) {
            props.setProperty("user", s.get("user").toString());
        }
        if (s.get("password") != null) {
            props.setProperty("password", s.get("password").toString());
        }
        Connection connection = driver.connect(url, props);
        if (connection == null) {
            throw new SandboxException(SandboxError.Kind.MISSING_DRIVER, "Driver " + driverClass
                    + " does not accept the profile's jdbc_url");
        }
        return connection;
    }

    private Driver loadDriver(String driverClass, String adapter) {
        List<URL> jars = new ArrayList<>();
        for (Path entry : driverPath) {
            try {
                jars.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new SandboxException(SandboxError.Kind.MISSING_DRIVER, "Bad driver path entry: " + entry);
            }
        }
        // the loader stays open for the driver's lifetime; drivers load classes lazily
        URLClassLoader loader = new URLClassLoader(jars.toArray(URL[]::new), getClass().getClassLoader());
        try {
            return (Driver) Class.forName(driverClass, true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw new SandboxException(SandboxError.Kind.MISSING_DRIVER, "JDBC driver " + driverClass + " for adapter '"
                    + adapter + "' was not found on the driver path " + driverPath
                    + "; put the driver jar there (--driver-path)");
        }
    }

    static SandboxError classify(SQLException e, Secrets secrets, TargetProfile target) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = target.type() + " target '" + target.targetName() + "'";
        String detail = secrets.redact(e.getMessage());
        if (state.startsWith("28")) {
            return SandboxError.of(SandboxError.Kind.AUTHENTICATION, "The warehouse refused the credentials of "
                    + where + " (check user and password): " + detail);
        }
        if (state.startsWith("08") || hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class)) {
            return SandboxError.of(SandboxError.Kind.CONNECTION_REFUSED, "Cannot connect to " + where + " at "
                    + text(target.settings().get("host"), "the configured host") + ":"
                    + text(target.settings().get("port"), "default port") + ": " + detail);
        }
        return SandboxError.of(SandboxError.Kind.SQL_ERROR, "Could not open " + where + ": " + detail);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> secretValues(Map<String, Object> settings) {
        List<String> values = new ArrayList<>();
        settings.forEach((key, value) -> {
            String lower = key.toLowerCase(Locale.ROOT);
            if (value != null && (lower.contains("pass") || lower.contains("secret") || lower.contains("token")
                    || lower.contains("key") || lower.equals("jdbc_url"))) {
                values.add(value.toString());
            }
        });
        return values;
    }

    private static String text(Object value, String fallback) {
        return value == null ? fallback : value.toString();
    }
}
