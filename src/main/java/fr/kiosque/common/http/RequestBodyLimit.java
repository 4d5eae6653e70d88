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

    /**
     * The limit of a file upload route ({@code POST path}): the file's limit plus room for the form's
     * fields and framing; a warning when the HTTP layer's own cap is below it (files near the limit
     * sent without {@code Content-Length} would be cut).
     */
    public static RequestBodyLimit upload(String path, long maxFileBytes, String fileSetting, long formAllowance, long httpLimit) {
        long limit = maxFileBytes + formAllowance;
        if (httpLimit < limit) {
            org.jboss.logging.Logger.getLogger(RequestBodyLimit.class).warnf("quarkus.http.limits.max-body-size (%d bytes) is below what"
                    + " an upload to %s may take (%s plus %d KiB: %d bytes): raise it, or files near the limit are refused", httpLimit,
                    path, fileSetting, formAllowance / 1024, limit);
        }
        return new RequestBodyLimit("POST", Pattern.compile(Pattern.quote(path) + "/?"), limit);
    }

    public boolean appliesTo(String requestMethod, String requestPath) {
        return method.equalsIgnoreCase(requestMethod) && path.matcher(requestPath).matches();
    }
}
