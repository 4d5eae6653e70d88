package fr.kiosque.common.http.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the cache channel with a connection of its own and hands each namespace that
 * another instance (or this one) invalidated to a {@link ResponseCache}. If the connection
 * drops, notifications may have been missed: on reconnecting it drops everything it holds.
 */
final class InvalidationListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InvalidationListener.class);
    private static final int POLL_MILLIS = 250;

    private final Callable<Connection> connect;
    private final String channel;
    private final Consumer<String> onInvalidate;
    private final Runnable onReconnect;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean listening;
    private volatile Connection connection;

    InvalidationListener(Callable<Connection> connect, String channel, ResponseCache cache) {
        this(connect, channel, cache::invalidateLocally, cache::invalidateAllLocally);
    }

    InvalidationListener(Callable<Connection> connect, String channel, Consumer<String> onInvalidate, Runnable onReconnect) {
        if (!channel.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("kiosque.cache.channel must be a lower-case SQL identifier: " + channel);
        }
        this.connect = connect;
        this.channel = channel;
        this.onInvalidate = onInvalidate;
        this.onReconnect = onReconnect;
        this.thread = new Thread(this::run, "kiosque-cache-listener");
        this.thread.setDaemon(true);
    }

    InvalidationListener start() {
        thread.start();
        return this;
    }

    /** Whether the listener currently holds a LISTENing connection. */
    boolean listening() {
        return listening;
    }

    private void run() {
        Duration backoff = Duration.ofMillis(500);
        boolean first = true;
        while (running) {
            try (Connection conn = connect.call()) {
                connection = conn;
                try (Statement statement = conn.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                if (!first) {
                    LOG.info("Cache invalidation channel reconnected: dropping every cached answer");
                    onReconnect.run();
                }
                first = false;
                listening = true;
                backoff = Duration.ofMillis(500);
                PGConnection pg = conn.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            onInvalidate.accept(notification.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                listening = false;
                if (!running) {
                    return;
                }
                first = false;
                LOG.warnf("Cache invalidation channel lost (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                onReconnect.run(); // nothing cached can be trusted while notifications may be missed
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                        : backoff.multipliedBy(2);
            } finally {
                listening = false;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        Connection conn = connection;
        if (conn != null) {
            try {
                conn.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
