package fr.kiosque.common.error;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.cors.CORSConfig;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Whether Quarkus's own CORS filter ({@code quarkus.http.cors.*}: exact and {@code /regex/}
 * origins, same origin, methods) refuses a request, asked of a second instance of that filter
 * that answers into a scratch response: Kiosque keeps no origin rule of its own, so any setting
 * Quarkus accepts is accepted. The real filter still answers every request it lets through.
 * <p>
 * A route with a CORS policy of its own (the Ghost Content API's per-key origins under
 * {@code /ghost/api/}) opts out of this global check: its Vert.x handler, installed before
 * {@link RouterProblems}'s (a {@code Router} observer of lower {@code @Priority}), answers the CORS
 * exchange itself and removes {@code Origin} from the request, so neither this check nor Quarkus's
 * filter treats it as a browser request.
 */
final class QuarkusCorsCheck {

    private final CORSFilter filter;

    private QuarkusCorsCheck(CORSConfig config) {
        this.filter = config.enabled() ? new CORSFilter(config) : null;
    }

    /** The application's {@code quarkus.http.cors} settings, as Quarkus's filter reads them. */
    static QuarkusCorsCheck ofRunningConfig() {
        return new QuarkusCorsCheck(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(VertxHttpConfig.class).cors());
    }

    /** True when Quarkus's CORS filter would answer this request with its 403 (a foreign origin, a method it does not allow). */
    boolean refuses(RoutingContext ctx) {
        if (filter == null || ctx.request().getHeader("Origin") == null) {
            return false;
        }
        Scratch scratch = new Scratch();
        filter.handle(scratch.around(ctx));
        return scratch.ended && scratch.status == 403;
    }

    /**
     * What the filter reads (the request) is the real one; what it writes (status, headers, end)
     * goes to this scratch response. Any other call fails, so that a Quarkus upgrade that makes the
     * filter do more shows in the tests rather than being half-simulated.
     */
    private static final class Scratch {
        private final MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        private int status = 200;
        private boolean ended;

        RoutingContext around(RoutingContext ctx) {
            HttpServerResponse response = proxy(HttpServerResponse.class, (self, method, args) -> switch (method.getName()) {
                case "setStatusCode" -> {
                    status = (Integer) args[0];
                    yield self;
                }
                case "getStatusCode" -> status;
                case "setStatusMessage" -> self;
                case "headers" -> headers;
                case "putHeader" -> {
                    headers.set(args[0].toString(), args[1].toString());
                    yield self;
                }
                case "end" -> {
                    ended = true;
                    yield Future.succeededFuture();
                }
                case "ended" -> ended;
                case "toString" -> "CORS check response";
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> throw new UnsupportedOperationException("CORS check: response." + method.getName());
            });
            return proxy(RoutingContext.class, (self, method, args) -> switch (method.getName()) {
                case "request" -> ctx.request();
                case "response" -> response;
                case "next" -> null;
                case "toString" -> "CORS check context";
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> throw new UnsupportedOperationException("CORS check: context." + method.getName());
            });
        }

        private static <T> T proxy(Class<T> type, InvocationHandler handler) {
            return type.cast(Proxy.newProxyInstance(QuarkusCorsCheck.class.getClassLoader(), new Class<?>[] { type }, handler));
        }
    }
}
