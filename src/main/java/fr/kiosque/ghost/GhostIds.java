package fr.kiosque.ghost;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import fr.kiosque.article.api.Syndication;

/**
 * Ghost's ids are strings: a post's is its article id ({@code "42"}); sections and tags are both
 * Ghost tags, so theirs carry their kind ({@code "section-3"}, {@code "tag-7"}), as authors' do
 * ({@code "author-5"}). A post's {@code uuid} is derived from its id, stable.
 */
final class GhostIds {

    private GhostIds() {
    }

    static String of(Syndication.Term term) {
        return term.kind().name().toLowerCase(Locale.ROOT) + "-" + term.id();
    }

    static String uuid(String kind, long id) {
        return UUID.nameUUIDFromBytes(("kiosque:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
