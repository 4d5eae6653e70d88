package fr.kiosque.article;

import java.util.ArrayList;
import java.util.List;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.text.HtmlSanitizer;

/**
 * Only complete articles go public. Drafts (and archives) may lack anything; an article
 * PUBLISHED or SCHEDULED has a title, a standfirst, a body with text in it, a section and at
 * least one author. Checked on create, replace, patch and status change.
 */
final class PublicationRules {

    static final String MISSING = "obligatoire pour publier ou programmer un article";

    private PublicationRules() {
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
