package fr.kiosque.article.api;

/** French examples shown in Swagger UI. */
public final class Examples {

    private Examples() {
    }

    public static final String ARTICLE_REQUEST = """
            {
              "title": "Quitter X : un dilemme pour les communicants et marketeurs",
              "standfirst": "Abandonner la plateforme X, c’est 1 vraie question pour chacun. Mais encore plus quand on bosse dans la communication, le marketing ou le digital.",
              "body": "<p>Depuis le rachat de Twitter, la question revient dans toutes les agences.</p>",
              "pullQuotes": ["Car on n’utilise pas X pour (seulement) rigoler, c’est bien plus que ça."],
              "section": "le-magazine",
              "authors": ["anne-redac"],
              "tags": ["Réseaux sociaux"],
              "status": "PUBLISHED"
            }""";

    public static final String ARTICLE_PATCH = """
            {
              "standfirst": "Abandonner X, c’est une vraie question pour chacun.",
              "tags": ["Réseaux sociaux", "Stratégie"]
            }""";

    public static final String STATUS_SCHEDULE = """
            { "status": "SCHEDULED", "publishedAt": "2026-12-01T07:00:00Z" }""";

    public static final String SECTION_REQUEST = """
            { "name": "Le Magazine", "description": "L'actualité de la communication, du marketing et du digital." }""";

    public static final String TAG_REQUEST = """
            { "name": "Réseaux sociaux" }""";

    public static final String AUTHOR_REQUEST = """
            { "name": "Anne Rédac", "role": "Journaliste", "bio": "Anne couvre les réseaux sociaux et le marketing digital." }""";
}
