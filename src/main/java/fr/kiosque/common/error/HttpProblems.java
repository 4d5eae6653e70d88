package fr.kiosque.common.error;

/** French details for the framework's own HTTP errors. */
public final class HttpProblems {

    private HttpProblems() {
    }

    public static String detailFor(int status) {
        return switch (status) {
            case 400 -> "La requête est invalide.";
            case 401 -> "Cette opération demande un jeton d'accès valide.";
            case 403 -> "Accès refusé.";
            case 404 -> "Aucune ressource ne correspond à cette adresse.";
            case 405 -> "Cette méthode HTTP n'est pas acceptée à cette adresse.";
            case 406 -> "Le format demandé dans l'en-tête Accept n'est pas disponible à cette adresse : les données sont en"
                    + " application/json, les flux dans le format de leur extension (application/rss+xml, application/atom+xml,"
                    + " application/feed+json ; ou application/xml, text/xml, application/json), le sitemap en application/xml.";
            case 413 -> "Le corps de la requête dépasse la taille autorisée.";
            case 414 -> "L'adresse demandée est trop longue.";
            case 415 -> "Le type de contenu envoyé n'est pas accepté ici (Content-Type: application/json).";
            case 431 -> "Les en-têtes de la requête dépassent la taille autorisée.";
            case 429 -> "Trop de requêtes : réessayez plus tard (voir Retry-After).";
            case 503 -> "Le service est momentanément indisponible.";
            default -> status >= 500 ? "Une erreur inattendue s'est produite." : "La requête ne peut pas être traitée.";
        };
    }

    /** A problem for a bare status, as JSON text (used outside JAX-RS, on the Vert.x router). */
    public static Problem forStatus(int status, String path) {
        ProblemType type = ProblemType.forStatus(status);
        return new Problem(type.uri(), type.title(), status, detailFor(status), path, null);
    }
}
