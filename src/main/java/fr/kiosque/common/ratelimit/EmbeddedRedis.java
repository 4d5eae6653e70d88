package fr.kiosque.common.ratelimit;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Set;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.redis.client.RedisHostsProvider;
import io.smallrye.common.annotation.Identifier;

/**
 * Zero-setup Redis for dev mode and the tests, the way they get an embedded PostgreSQL: when
 * {@code quarkus.redis.hosts} is not set, the Redis client asks this provider
 * ({@code %dev,test.quarkus.redis.hosts-provider-name}), which starts the {@code redis-server}
 * that the embedded-redis jar ships, on a free local port, without persistence, and stops it
 * with the application. Set {@code QUARKUS_REDIS_HOSTS} to use a Redis of your own instead.
 * <p>
 * The bean exists in the dev and test builds only, and embedded-redis is a {@code provided}
 * dependency (pom.xml): the packaged application has neither. The library is reached by
 * reflection so that nothing outside dev and test links against it.
 */
@Singleton
@Identifier(EmbeddedRedis.NAME)
@IfBuildProfile(anyOf = { "dev", "test" })
@Unremovable // looked up by name by the Redis client
class EmbeddedRedis implements RedisHostsProvider {

    static final String NAME = "kiosque-embedded-redis";
    private static final Logger LOG = Logger.getLogger(EmbeddedRedis.class);

    private Object server;
    private URI uri;

    @Override
    public synchronized Set<URI> getHosts() {
        if (uri == null) {
            int port = freePort();
            try {
                Class<?> serverClass = Class.forName("redis.embedded.RedisServer");
                Object builder = serverClass.getMethod("newRedisServer").invoke(null);
                Class<?> builderClass = builder.getClass();
                builderClass.getMethod("port", int.class).invoke(builder, port);
                builderClass.getMethod("bind", String.class).invoke(builder, "127.0.0.1");
                builderClass.getMethod("setting", String.class).invoke(builder, "save \"\"");
                builderClass.getMethod("setting", String.class).invoke(builder, "appendonly no");
                Object built = builderClass.getMethod("build").invoke(builder);
                serverClass.getMethod("start").invoke(built);
                server = built;
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("No Redis configured: set QUARKUS_REDIS_HOSTS (embedded-redis is not on the class path)", e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("Could not start the embedded Redis: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Could not start the embedded Redis", e);
            }
            uri = URI.create("redis://127.0.0.1:" + port);
            LOG.infof("Embedded Redis started on %s (set QUARKUS_REDIS_HOSTS to use another)", uri);
        }
        return Set.of(uri);
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            try {
                server.getClass().getMethod("stop").invoke(server);
            } catch (ReflectiveOperationException e) {
                LOG.debugf(e, "Could not stop the embedded Redis");
            }
            server = null;
            uri = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free local port for the embedded Redis", e);
        }
    }
}
