package fr.kiosque.common.persistence;

import java.net.URI;
import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.SimplePassword;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;

/**
 * One-statement reads on the event loop (Vert.x's PostgreSQL client: no worker thread, no JTA
 * transaction, prepared and pipelined), for the hottest read that misses the memory: a stored
 * article page of the long tail. The database is the application's own, read from its JDBC data
 * source's settings, so that nothing more is configured; a small pool of its own
 * ({@code kiosque.reactive-reads.pool-size}, 8) that fails fast: a caller falls back to its blocking path.
 */
@ApplicationScoped
public class ReactiveReads {

    private static final Logger LOG = Logger.getLogger(ReactiveReads.class);

    @Inject Vertx vertx;
    @Inject AgroalDataSource dataSource;
    @Inject @ConfigProperty(name = "kiosque.reactive-reads.enabled", defaultValue = "true") boolean enabled;
    @Inject @ConfigProperty(name = "kiosque.reactive-reads.pool-size", defaultValue = "8") int poolSize;
    private volatile Pool pool;
    private volatile boolean unavailable;
    /**
     * After a failure to reach the database (not an error PostgreSQL answered), reads go the
     * blocking way for a few seconds rather than each paying for it.
     */
    private volatile long pausedUntil;
    private static final long PAUSE_NANOS = 5_000_000_000L;

    /** Whether reads can go this way (on, and the data source's URL is one it understands). */
    public boolean available() {
        return enabled && !unavailable && System.nanoTime() - pausedUntil >= 0 && pool() != null;
    }

    /** Runs one prepared statement ({@code $1}, {@code $2}… parameters); a failed future if it cannot. */
    public Future<RowSet<Row>> query(String sql, Tuple parameters) {
        Pool current = pool();
        if (current == null) {
            return Future.failedFuture(new IllegalStateException("reactive reads are off"));
        }
        return current.preparedQuery(sql).execute(parameters).onFailure(e -> {
            if (e instanceof io.vertx.pgclient.PgException) {
                return; // PostgreSQL answered (a value it refuses, say): the connection is fine
            }
            pausedUntil = System.nanoTime() + PAUSE_NANOS;
            LOG.debugf("A reactive read failed (%s): the blocking way for %d s", e.getMessage(), PAUSE_NANOS / 1_000_000_000L);
        });
    }

    private Pool pool() {
        Pool current = pool;
        if (current != null || unavailable || !enabled) {
            return current;
        }
        synchronized (this) {
            if (pool == null && !unavailable) {
                try {
                    pool = create();
                } catch (RuntimeException e) {
                    unavailable = true;
                    LOG.warnf("Reactive reads are off (%s): the stored pages are read through JDBC", e.getMessage());
                }
            }
            return pool;
        }
    }

    private Pool create() {
        AgroalConnectionFactoryConfiguration factory = dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration();
        PgConnectOptions options = connectOptions(factory.jdbcUrl());
        Principal principal = factory.principal();
        if (principal != null) {
            options.setUser(principal.getName());
        }
        for (Object credential : factory.credentials()) {
            if (credential instanceof SimplePassword password) {
                options.setPassword(password.getWord());
            }
        }
        options.setCachePreparedStatements(true).setPipeliningLimit(256).setConnectTimeout(2_000)
                .setReconnectAttempts(0);
        PoolOptions pool = new PoolOptions().setMaxSize(poolSize).setConnectionTimeout(2)
                .setMaxWaitQueueSize(1024).setIdleTimeout(60).setName("kiosque-reactive-reads");
        return PgBuilder.pool().with(pool).connectingTo(options).using(vertx).build();
    }

    /** {@code jdbc:postgresql://host[:port]/database[?…]}: host, port and database (parameters are JDBC's own). */
    static PgConnectOptions connectOptions(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a jdbc:postgresql:// URL");
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2 || jdbcUrl.indexOf(',') >= 0) {
            throw new IllegalArgumentException("a single host and a database are needed");
        }
        PgConnectOptions options = new PgConnectOptions().setHost(uri.getHost()).setPort(uri.getPort() < 0 ? 5432 : uri.getPort())
                .setDatabase(uri.getPath().substring(1));
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        for (String parameter : query.split("&")) {
            if (parameter.toLowerCase(java.util.Locale.ROOT).startsWith("sslmode=")) {
                String mode = parameter.substring("sslmode=".length()).toLowerCase(java.util.Locale.ROOT);
                switch (mode) {
                    case "disable", "allow", "prefer" -> options.setSslMode(io.vertx.pgclient.SslMode.of(mode));
                    // encrypted without checking the certificate: what JDBC's require means too
                    case "require" -> options.setSslMode(io.vertx.pgclient.SslMode.REQUIRE).setTrustAll(true);
                    default -> throw new IllegalArgumentException("sslmode=" + mode + " needs JDBC's certificate settings");
                }
            }
        }
        return options;
    }

    void stop(@Observes ShutdownEvent event) {
        Pool current = pool;
        if (current != null) {
            current.close();
        }
    }
}
