package fr.kiosque.feed;

import static fr.kiosque.common.persistence.SqlValues.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.kiosque.article.ArticleVisibility;
import fr.kiosque.job.ListingVisibility;

/**
 * The feeds' and the sitemap's read model: native statements over the articles' and jobs'
 * tables (never their entities), one per feed whatever its length, with the same visibility
 * rules as the public routes (articles: {@link ArticleVisibility}; a listing open and not expired).
 */
@ApplicationScoped
class FeedRepository {

    /** Separates the names that string_agg joins (a unit separator: never in a name). */
    private static final String SEP = "\u001f";

    static final String ARTICLE_VISIBLE = ArticleVisibility.sql("a");

    @Inject EntityManager em;

    record ArticleRow(long id, String slug, String title, String standfirst, String body, Instant publishedAt,
            Instant updatedAt, String coverUrl, String coverAlt, String sectionName, List<String> authors, List<String> tags,
            Long coverMediaId) {

        /** The row with its cover from the media library (its largest JPEG or PNG variant, its alt text). */
        ArticleRow withCover(String url, String alt) {
            return new ArticleRow(id, slug, title, standfirst, body, publishedAt, updatedAt, url, alt, sectionName, authors, tags,
                    coverMediaId);
        }
    }

    record JobRow(long id, String slug, String title, String company, String city, String description, Instant postedAt,
            Instant updatedAt, String logoUrl, String contract) {
    }

    record UrlRow(long id, String kind, String slug, Instant lastModified, String imageUrl, Long imageMediaId) {

        UrlRow(long id, String kind, String slug, Instant lastModified) {
            this(id, kind, slug, lastModified, null, null);
        }
    }

    /** The newest visible articles, optionally of one section, tag or author: one statement. */
    List<ArticleRow> articles(String section, String tag, String author, Instant now, int limit) {
        StringBuilder sql = new StringBuilder("select a.id, a.slug, a.title, a.standfirst, a.body, a.published_at, a.updated_at,"
                + " a.cover_image_url, a.cover_image_alt, s.name,"
                + " (select string_agg(au.name, '" + SEP + "' order by aa.position) from article_author aa"
                + "   join author au on au.id = aa.author_id where aa.article_id = a.id),"
                + " (select string_agg(t.name, '" + SEP + "' order by t.name) from article_tag at"
                + "   join tag t on t.id = at.tag_id where at.article_id = a.id),"
                + " a.cover_media_id"
                + " from article a left join section s on s.id = a.section_id where " + ARTICLE_VISIBLE);
        if (section != null) {
            sql.append(" and s.slug = :section");
        }
        if (tag != null) {
            sql.append(" and exists (select 1 from article_tag ft join tag t on t.id = ft.tag_id"
                    + " where ft.article_id = a.id and t.slug = :tag)");
        }
        if (author != null) {
            sql.append(" and exists (select 1 from article_author fa join author au on au.id = fa.author_id"
                    + " where fa.article_id = a.id and au.slug = :author)");
        }
        sql.append(" order by a.published_at desc, a.id desc limit :limit");
        Query query = em.createNativeQuery(sql.toString()).setParameter("now", now).setParameter("limit", limit);
        if (section != null) {
            query.setParameter("section", section);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        if (author != null) {
            query.setParameter("author", author);
        }
        List<ArticleRow> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] c = (Object[]) result;
            rows.add(new ArticleRow(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    instant(c[5]), instant(c[6]), (String) c[7], (String) c[8], (String) c[9], names(c[10]), names(c[11]),
                    c[12] == null ? null : ((Number) c[12]).longValue()));
        }
        return rows;
    }

    /** The newest open listings: one statement. */
    List<JobRow> jobs(Instant now, int limit) {
        List<JobRow> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery("select j.id, j.slug, j.title, j.company_name, j.city, j.description,"
                + " j.date_posted, j.updated_at, j.company_logo_url, j.contract from job_listing j where " + ListingVisibility.sql("j")
                + " order by j.date_posted desc, j.id desc limit :limit")
                .setParameter("now", now).setParameter("limit", limit).getResultList()) {
            Object[] c = (Object[]) result;
            rows.add(new JobRow(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5], instant(c[6]), instant(c[7]), (String) c[8], (String) c[9]));
        }
        return rows;
    }

    /**
     * The public pages of the sitemap other than articles, with their last modification: sections
     * (their newest visible article), career sheets, open listings; each part limited to
     * {@code max} rows (the caller keeps the first {@code max}). One statement.
     */
    List<UrlRow> sitemapPages(Instant now, int max) {
        List<UrlRow> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery(
                "(select 'section', s.slug, greatest(s.updated_at, (select max(a.updated_at) from article a"
                        + "   where a.section_id = s.id and " + ARTICLE_VISIBLE + ")) from section s order by s.slug limit :max)"
                        + " union all (select 'job-profile', p.slug, p.updated_at from job_profile p order by p.slug limit :max)"
                        + " union all (select 'job', j.slug, j.updated_at from job_listing j where " + ListingVisibility.sql("j")
                        + "   order by j.date_posted desc, j.id desc limit :max)")
                .setParameter("now", now).setParameter("max", max).getResultList()) {
            Object[] c = (Object[]) result;
            rows.add(new UrlRow(0, (String) c[0], (String) c[1], instant(c[2])));
        }
        return rows;
    }

    /** How many articles the public sees. */
    long countVisibleArticles(Instant now) {
        return ((Number) em.createNativeQuery("select count(*) from article a where " + ARTICLE_VISIBLE)
                .setParameter("now", now).getSingleResult()).longValue();
    }

    /** What the {@code limit} visible articles after the first {@code offset}, by id, are: their ETag's ingredients. */
    record FileStats(long count, Instant newest, long firstId, long lastId, long idSum) {
    }

    /**
     * The highest id an article ever had: no offset past it can name an article, whatever their
     * visibility (one index probe, where counting the visible ones would scan them).
     */
    long maxArticleId() {
        Object max = em.createNativeQuery("select max(id) from article").getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    /**
     * The visible articles of a sitemap file (in the order they were created, so that a file keeps
     * its articles as new ones are published): how many, the newest change, the first and last id
     * and their sum (an article in or out changes it). One statement, reading ids and dates only.
     */
    FileStats sitemapFile(Instant now, long offset, int limit) {
        Object[] c = (Object[]) em.createNativeQuery("select count(*), max(f.updated_at), min(f.id), max(f.id), sum(f.id)"
                + " from (select a.id, a.updated_at from article a where " + ARTICLE_VISIBLE
                + " order by a.id offset :offset limit :limit) f")
                .setParameter("now", now).setParameter("offset", offset).setParameter("limit", limit).getSingleResult();
        long count = ((Number) c[0]).longValue();
        return count == 0 ? new FileStats(0, null, 0, 0, 0)
                : new FileStats(count, instant(c[1]), ((Number) c[2]).longValue(), ((Number) c[3]).longValue(),
                        ((Number) c[4]).longValue());
    }

    /** Visible articles with ids from {@code fromId} to {@code toId}, by id, {@code limit} at most. One statement. */
    List<UrlRow> sitemapBatch(Instant now, long fromId, long toId, int limit) {
        List<UrlRow> rows = new ArrayList<>();
        for (Object result : em.createNativeQuery("select a.id, a.slug, a.updated_at, a.cover_image_url, a.cover_media_id"
                + " from article a where " + ARTICLE_VISIBLE
                + " and a.id between :from and :to order by a.id limit :limit")
                .setParameter("now", now).setParameter("from", fromId).setParameter("to", toId).setParameter("limit", limit)
                .getResultList()) {
            Object[] c = (Object[]) result;
            rows.add(new UrlRow(((Number) c[0]).longValue(), "article", (String) c[1], instant(c[2]), (String) c[3],
                    c[4] == null ? null : ((Number) c[4]).longValue()));
        }
        return rows;
    }

    private static List<String> names(Object joined) {
        return joined == null ? List.of() : Arrays.asList(((String) joined).split(SEP));
    }
}
