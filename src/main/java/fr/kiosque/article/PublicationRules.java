package fr.kiosque.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.text.HtmlSanitizer;

/**
 * How an article moves between statuses, and that only complete articles go public. Drafts (and
 * archives) may lack anything; an article PUBLISHED or SCHEDULED has a title, a standfirst, a
 * body with text in it, a section and at least one author. Checked on create, replace, patch,
 * status change and restore.
 */
final class PublicationRules {

    static final String MISSING = "obligatoire pour publier ou programmer un article";
    /** Clock skew tolerated between an editor's "now" and ours. */
    private static final long SKEW_SECONDS = 5;

    private PublicationRules() {
    }

    /**
     * DRAFT and ARCHIVED keep whatever date they have; PUBLISHED takes the given date (past or
     * now), else keeps an earlier publication date, else now; SCHEDULED needs a future date (or
     * keeps the date it already had, even once due).
     */
    static void applyStatus(Article article, ArticleStatus status, Instant publishedAt, Instant now) {
        Instant latestAccepted = now.plusSeconds(SKEW_SECONDS);
        switch (status) {
            case DRAFT, ARCHIVED -> {
                if (publishedAt != null) {
                    article.publishedAt = publishedAt;
                }
            }
            case PUBLISHED -> {
                if (publishedAt != null && publishedAt.isAfter(latestAccepted)) {
                    throw ProblemException.unprocessableField("publishedAt",
                            "Une date de publication future demande le statut SCHEDULED.");
                }
                if (publishedAt != null) {
                    article.publishedAt = publishedAt;
                } else if (article.publishedAt == null || article.publishedAt.isAfter(now)
                        || article.status != ArticleStatus.PUBLISHED) {
                    article.publishedAt = now;
                }
            }
            case SCHEDULED -> {
                // a scheduled article that fell due before the job ran may still be edited as it is
                boolean keepsItsDate = article.status == ArticleStatus.SCHEDULED && publishedAt != null
                        && publishedAt.equals(article.publishedAt);
                if (!keepsItsDate && (publishedAt == null || !publishedAt.isAfter(now))) {
                    throw ProblemException.unprocessableField("publishedAt",
                            "Le statut SCHEDULED demande une date de publication future.");
                }
                article.publishedAt = publishedAt;
            }
        }
        article.status = status;
    }

    /** 422 naming each missing field when the article is (to be) PUBLISHED or SCHEDULED. */
    static void requireComplete(Article article) {
        if (article.status != ArticleStatus.PUBLISHED && article.status != ArticleStatus.SCHEDULED) {
            return;
        }
        List<String> missing = missingFields(article);
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessableFields(
                    "Un article " + article.status + " doit être complet ; il manque : " + String.join(", ", missing)
                            + ". Complétez-le, ou gardez-le en DRAFT.",
                    missing.stream().map(field -> new FieldError(field, MISSING)).toList());
        }
    }

    /** The JSON names of what a public article needs and this one lacks, in the order of the request. */
    static List<String> missingFields(Article article) {
        List<String> missing = new ArrayList<>();
        if (isBlank(article.title)) {
            missing.add("title");
        }
        if (isBlank(article.standfirst)) {
            missing.add("standfirst");
        }
        if (isBlank(HtmlSanitizer.text(article.body))) {
            missing.add("body");
        }
        if (article.section == null) {
            missing.add("section");
        }
        if (article.authors.isEmpty()) {
            missing.add("authors");
        }
        return missing;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
