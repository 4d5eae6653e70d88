package fr.kiosque.common.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The packaged application run as a process by an integration test, as an operator would run it:
 * the jar this Maven run built ({@code kiosque.quarkus-run-jar}), the prod profile, a free port on
 * 127.0.0.1 and its output in {@code target/<name>.log}. Its database: {@code QUARKUS_DATASOURCE_*}
 * when set, as for the other tests, else an embedded PostgreSQL of its own (the library
 * quarkus-embedded-postgresql runs); either way a fresh schema, dropped by {@link #close()}.
 */
public final class PackagedApp implements AutoCloseable {

    private final Path jar;
    private final Path logFile;
    private final EmbeddedPostgres embedded;
    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String schema;
    private final int port;
    private Process process;

    private PackagedApp(Path jar, Path logFile, EmbeddedPostgres embedded, String jdbcUrl, String dbUser, String dbPassword,
            String schema, int port) {
        this.jar = jar;
        this.logFile = logFile;
        this.embedded = embedded;
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.schema = schema;
        this.port = port;
    }

    /**
     * The database and its schema, ready for {@link #start}, and the app's port (known before it starts,
     * for variables that name it); {@code name} names the logs and the schema.
     */
    public static PackagedApp prepare(String name) throws IOException, SQLException {
        Path jar = Path.of(System.getProperty("kiosque.quarkus-run-jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged app, built by this Maven run before the integration tests").exists();
        Path target = jar.getParent().getParent();
        EmbeddedPostgres embedded = null;
        String jdbcUrl;
        String dbUser;
        String dbPassword;
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            jdbcUrl = external;
            dbUser = System.getenv("QUARKUS_DATASOURCE_USERNAME");
            dbPassword = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
        } else {
            Redirect postgresLog = Redirect.appendTo(target.resolve(name + "-postgres.log").toFile());
            embedded = EmbeddedPostgres.builder().setOutputRedirector(postgresLog).setErrorRedirector(postgresLog).start();
            jdbcUrl = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";
            dbUser = "postgres";
            dbPassword = "postgres";
        }
        String schema = name.replace('-', '_') + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PackagedApp app = new PackagedApp(jar, target.resolve(name + ".log"), embedded, jdbcUrl, dbUser, dbPassword, schema,
                freePort());
        try (Connection connection = app.database(); Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        }
        return app;
    }

    /** {@code java -jar} on the running JDK, C1 only (a quicker start on a busy machine), 256 MB of heap. */
    public Process start(Map<String, String> env) throws IOException {
        return start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()), env);
    }

    /** This command with the database's and the port's variables, the first admin's and these. */
    public Process start(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("QUARKUS_PROFILE");
        environment.keySet().removeIf(name -> name.startsWith("QUARKUS_HTTP_PROXY_"));
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
        putOrRemove(environment, "QUARKUS_DATASOURCE_USERNAME", dbUser);
        putOrRemove(environment, "QUARKUS_DATASOURCE_PASSWORD", dbPassword);
        environment.putAll(env);
        process = builder.start();
        return process;
    }

    public Path jar() {
        return jar;
    }

    public Path logFile() {
        return logFile;
    }

    public Process process() {
        return process;
    }

    public int port() {
        return port;
    }

    public String schema() {
        return schema;
    }

    /** A connection to the app's database (its tables are in {@link #schema()}). */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
    }

    /** Stops the app if it runs, drops the schema, stops the embedded PostgreSQL. */
    @Override
    public void close() throws Exception {
        try {
            if (process != null && process.isAlive()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            try (Connection connection = database(); Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void putOrRemove(Map<String, String> env, String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
    }
}
