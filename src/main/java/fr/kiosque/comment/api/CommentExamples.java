package fr.kiosque.comment.api;

/** French examples shown in Swagger UI. */
public final class CommentExamples {

    private CommentExamples() {
    }

    public static final String COMMENT = """
            {
              "authorName": "Sandra",
              "authorEmail": "sandra@example.org",
              "body": "Le film s’appelle The social dilemma il me semble"
            }""";

    public static final String REPLY = """
            {
              "authorName": "Claire",
              "authorEmail": "claire@example.org",
              "body": "Le documentaire dont vous cherchez le nom est “Derrière nos écrans de fumée” (The Social Dilemma).",
              "parentId": 1040
            }""";

    public static final String STAFF_REPLY = """
            {
              "body": "Merci pour les commentaires.\\n@Sandra : oui c’est ça « the social dilemna »\\n@Yves : intéressant, ce rapport signal / bruit."
            }""";

    public static final String STATUS = """
            { "status": "APPROVED" }""";

    public static final String BULK = """
            { "ids": [1043, 1044, 1051], "status": "SPAM" }""";
}
