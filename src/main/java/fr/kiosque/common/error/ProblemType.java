package fr.kiosque.common.error;

/**
 * The problem types Kiosque answers with. Each has a stable {@code type} URI (documented in
 * docs/api-guide.md), an HTTP status and a French title.
 */
public enum ProblemType {
    VALIDATION_ERROR(400, "Requête invalide"),
    MALFORMED_REQUEST(400, "Corps de requête illisible"),
    UNAUTHORIZED(401, "Authentification requise"),
    INVALID_CREDENTIALS(401, "Identifiants invalides"),
    FORBIDDEN(403, "Accès refusé"),
    NOT_FOUND(404, "Ressource introuvable"),
    METHOD_NOT_ALLOWED(405, "Méthode non autorisée"),
    NOT_ACCEPTABLE(406, "Format de réponse non disponible"),
    CONFLICT(409, "Conflit"),
    GONE(410, "Ressource disparue"),
    COMMENTS_CLOSED(409, "Commentaires fermés"),
    PRECONDITION_FAILED(412, "La ressource a changé"),
    PAYLOAD_TOO_LARGE(413, "Requête trop volumineuse"),
    URI_TOO_LONG(414, "Adresse trop longue"),
    UNSUPPORTED_MEDIA_TYPE(415, "Type de contenu non pris en charge"),
    BUSINESS_RULE(422, "Règle métier non respectée"),
    PRECONDITION_REQUIRED(428, "En-tête If-Match requis"),
    TOO_MANY_REQUESTS(429, "Trop de requêtes"),
    HEADERS_TOO_LARGE(431, "En-têtes trop volumineux"),
    INTERNAL_ERROR(500, "Erreur interne"),
    SERVICE_UNAVAILABLE(503, "Service indisponible");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** {@code urn:kiosque:problem:not-found} and so on. */
    public String uri() {
        return "urn:kiosque:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null, null);
    }

    /** The problem type for a bare HTTP status (used for the framework's own errors). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != INVALID_CREDENTIALS && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : VALIDATION_ERROR;
    }
}
