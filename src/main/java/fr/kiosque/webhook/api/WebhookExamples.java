package fr.kiosque.webhook.api;

/** French examples of the webhook admin API. */
public final class WebhookExamples {

    public static final String REQUEST = """
            {
              "url": "https://front.kiosque.fr/api/revalidate",
              "description": "Reconstruction du site Next.js",
              "events": ["article.published", "article.updated", "article.unpublished", "article.deleted"],
              "secret": "whsec_9f2c4e7a1b3d5f60",
              "active": true
            }""";

    private WebhookExamples() {
    }
}
