package fr.kiosque.ghost;

import java.util.Map;

/**
 * An error of the Ghost Content API, answered in Ghost's shape
 * ({@code {"errors":[{"message","type"}]}}, {@link GhostErrors}) rather than as a problem: Ghost's
 * clients read that shape.
 */
final class GhostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final transient Map<String, String> headers;

    GhostException(int status, String type, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.headers = Map.copyOf(headers);
    }

    static GhostException unauthorized(String message) {
        return new GhostException(401, "UnauthorizedError", message, Map.of());
    }

    static GhostException badRequest(String message) {
        return new GhostException(400, "BadRequestError", message, Map.of());
    }

    static GhostException notFound(String message) {
        return new GhostException(404, "NotFoundError", message, Map.of());
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    Map<String, String> headers() {
        return headers;
    }
}
