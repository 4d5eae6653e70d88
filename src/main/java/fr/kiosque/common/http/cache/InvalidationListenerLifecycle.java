package fr.kiosque.common.http.cache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Starts this instance's {@link InvalidationListener} with a connection of its own (same URL
 * and credentials as the pool, outside it, so the pool keeps all its connections).
 */
@ApplicationScoped
class InvalidationListenerLifecycle {

    @Inject AgroalDataSource dataSource;
    @Inject ResponseCache cache;
    @Inject CacheConfig config;
    private InvalidationListener listener;

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            listener = new InvalidationListener(this::connect, config.channel(), cache).start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.close();
        }
    }

    /** A new connection, outside the pool, to the pool's database. */
    Connection connect() throws Exception {
        AgroalConnectionFactoryConfiguration factory = dataSource.getConfiguration().connectionPoolConfiguration()
                .connectionFactoryConfiguration();
        Properties properties = new Properties();
        if (factory.principal() instanceof NamePrincipal name) {
            properties.setProperty("user", name.getName());
        }
        for (Object credential : factory.credentials()) {
            if (credential instanceof SimplePassword password) {
                properties.setProperty("password", password.getWord());
            }
        }
        properties.setProperty("ApplicationName", "kiosque-cache-listener");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(factory.jdbcUrl(), properties);
    }

    boolean listening() {
        return listener != null && listener.listening();
    }
}
