package fr.kiosque.article.api;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import fr.kiosque.article.Article;
import fr.kiosque.article.Author;
import fr.kiosque.article.CoverImage;
import fr.kiosque.article.Section;
import fr.kiosque.article.Tag;
import fr.kiosque.article.api.Refs.AuthorByline;
import fr.kiosque.article.api.Refs.AuthorRef;
import fr.kiosque.article.api.Refs.CoverImageView;
import fr.kiosque.article.api.Refs.SectionRef;
import fr.kiosque.article.api.Refs.TagRef;
import fr.kiosque.article.api.TaxonomyResponses.AuthorAdminResponse;
import fr.kiosque.article.api.TaxonomyResponses.AuthorResponse;
import fr.kiosque.article.api.TaxonomyResponses.SectionAdminResponse;
import fr.kiosque.article.api.TaxonomyResponses.SectionResponse;
import fr.kiosque.article.api.TaxonomyResponses.TagAdminResponse;
import fr.kiosque.article.api.TaxonomyResponses.TagResponse;

/**
 * Entities to response records. Every field of every response is listed here on purpose, so a
 * new column never reaches a client by accident.
 */
public final class ArticleMapper {

    private static final int META_DESCRIPTION_LENGTH = 160;
    /** Tags in French alphabetical order: "Éthique" sorts with the E's. */
    private static final Comparator<Tag> BY_NAME = Comparator.comparing(t -> t.name, Collator.getInstance(Locale.FRENCH));

    private ArticleMapper() {
    }

    public static ArticleDetail detail(Article a, List<ArticleSummary> related) {
        return detail(a, related, cover(a.coverImage), a.body);
    }

    /** The public page, with its cover's view and its body as the library's images make them (width, height, srcset). */
    public static ArticleDetail detail(Article a, List<ArticleSummary> related, CoverImageView cover, String body) {
        return new ArticleDetail(a.slug, a.title, a.standfirst, body, List.copyOf(a.pullQuotes), cover,
                section(a.section), tags(a),
                a.authors.stream().map(ArticleMapper::byline).toList(),
                a.publishedAt, a.updatedAt, a.readingTimeMinutes,
                new ArticleDetail.Seo(
                        a.metaTitle != null ? a.metaTitle : a.title,
                        a.metaDescription != null ? a.metaDescription : truncate(a.standfirst, META_DESCRIPTION_LENGTH),
                        a.canonicalUrl),
                a.commentsOpen,
                a.commentCount,
                related);
    }

    public static ArticleAdminSummary adminSummary(Article a) {
        return new ArticleAdminSummary(a.id, a.slug, a.title, a.status, section(a.section),
                a.authors.stream().map(ArticleMapper::authorRef).toList(), tags(a),
                a.publishedAt, a.updatedAt, a.version);
    }

    public static ArticleAdminResponse admin(Article a) {
        return new ArticleAdminResponse(a.id, a.slug, a.title, a.standfirst, a.body, List.copyOf(a.pullQuotes),
                cover(a.coverImage), section(a.section),
                a.authors.stream().map(ArticleMapper::authorRef).toList(),
                tags(a),
                a.related.stream().map(r -> new ArticleAdminResponse.RelatedRef(r.id, r.slug, r.title, r.status)).toList(),
                a.status, a.publishedAt, a.readingTimeMinutes, a.metaTitle, a.metaDescription, a.canonicalUrl,
                a.commentsOpen, a.featured, a.createdAt, a.updatedAt, a.version);
    }

    /** The document a PATCH merges into: the article as editors write it. */
    public static ArticleRequest request(Article a) {
        return request(a, a.body);
    }

    /** The same, with the body given (read apart, so that many articles do not load theirs one by one). */
    public static ArticleRequest request(Article a, String body) {
        return new ArticleRequest(a.title, a.slug, a.standfirst, body, List.copyOf(a.pullQuotes),
                a.coverImage == null ? null
                        : new ArticleRequest.CoverImageRequest(a.coverImage.url, a.coverImage.alt, a.coverImage.credit,
                                a.coverImage.mediaId),
                a.section == null ? null : a.section.slug,
                a.authors.stream().map(au -> au.slug).toList(),
                a.tags.stream().sorted(BY_NAME).map(t -> t.name).toList(),
                a.status, a.publishedAt, a.metaTitle, a.metaDescription, a.canonicalUrl, a.commentsOpen,
                a.related.stream().map(r -> r.slug).toList(), a.featured);
    }

    public static SectionResponse section(Section s, long articleCount) {
        return new SectionResponse(s.slug, s.name, s.description, articleCount);
    }

    public static TagResponse tag(Tag t, long articleCount) {
        return new TagResponse(t.slug, t.name, articleCount);
    }

    public static AuthorResponse author(Author a, long articleCount) {
        return new AuthorResponse(a.slug, a.name, a.role, a.bio, a.avatarUrl, articleCount);
    }

    public static SectionAdminResponse sectionAdmin(Section s) {
        return new SectionAdminResponse(s.id, s.slug, s.name, s.description, s.createdAt, s.updatedAt, s.version);
    }

    public static TagAdminResponse tagAdmin(Tag t) {
        return new TagAdminResponse(t.id, t.slug, t.name, t.createdAt, t.updatedAt, t.version);
    }

    public static AuthorAdminResponse authorAdmin(Author a) {
        return new AuthorAdminResponse(a.id, a.slug, a.name, a.role, a.bio, a.avatarUrl, a.createdAt, a.updatedAt, a.version);
    }

    private static SectionRef section(Section s) {
        return s == null ? null : new SectionRef(s.slug, s.name);
    }

    private static List<TagRef> tags(Article a) {
        return a.tags.stream().sorted(BY_NAME).map(t -> new TagRef(t.slug, t.name)).toList();
    }

    private static AuthorRef authorRef(Author a) {
        return new AuthorRef(a.slug, a.name);
    }

    private static AuthorByline byline(Author a) {
        return new AuthorByline(a.slug, a.name, a.role, a.bio, a.avatarUrl);
    }

    /** A cover as staff answers show it: a library image by its id only (its details are the library's). */
    private static CoverImageView cover(CoverImage c) {
        if (c != null && c.mediaId != null) {
            return new CoverImageView(null, c.mediaId, null, null, null, null, List.of());
        }
        return c == null || c.url == null ? null : new CoverImageView(c.url, null, c.alt, c.credit, null, null, List.of());
    }

    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
