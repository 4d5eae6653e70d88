package fr.kiosque.common.http;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A route whose requests may carry a body of another size than {@code kiosque.http.max-body-size}
 * (a file upload). A feature declares one as a CDI bean (a producer method); the HTTP layer
 * ({@code RouterProblems}) then refuses a declared larger body on that route with a 413 problem
 * before anything reads it. {@code quarkus.http.limits.max-body-size}, the HTTP layer's own cap
 * for bodies sent without {@code Content-Length}, must be at least the largest of them.
 *
 * @param method   the HTTP method, {@code POST}
 * @param path     a regular expression the whole request path matches
 * @param maxBytes the largest body accepted
 */
public record RequestBodyLimit(String method, Pattern path, long maxBytes) {

    public RequestBodyLimit {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("A body limit is positive: " + maxBytes);
        }
    }

    public boolean appliesTo(String requestMethod, String requestPath) {
        return method.equalsIgnoreCase(requestMethod) && path.matcher(requestPath).matches();
    }
}
