package fr.kiosque.article;

import static fr.kiosque.common.persistence.SqlValues.instant;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.article.api.ArticleSummary;
import fr.kiosque.article.api.Refs.AuthorRef;
import fr.kiosque.article.api.Refs.CoverImageView;
import fr.kiosque.media.api.MediaView;
import fr.kiosque.article.api.Refs.SectionRef;
import fr.kiosque.article.api.Refs.TagRef;
import fr.kiosque.common.persistence.IdOrder;

/**
 * Article cards ({@link ArticleSummary}) read straight into records: ONE statement for a whole
 * page, whatever it holds, with the section, the ordered authors and the tags (French order)
 * aggregated by PostgreSQL as JSON. No entity is loaded: a list has nothing to change, and
 * hydrating articles with their associations cost more than the query itself.
 */
@ApplicationScoped
class ArticleSummaries {

    private static final TypeReference<List<AuthorRef>> AUTHORS = new TypeReference<>() {
    };
    private static final TypeReference<List<TagRef>> TAGS = new TypeReference<>() {
    };

    private static final String SQL = """
            select a.id, a.slug, a.title, a.standfirst, s.slug, s.name,
                   a.cover_image_url, a.cover_image_alt, a.cover_image_credit, a.published_at, a.reading_time_minutes,
                   a.comment_count,
                   coalesce((select json_agg(json_build_object('slug', au.slug, 'name', au.name) order by aa.position)
                             from article_author aa join author au on au.id = aa.author_id
                             where aa.article_id = a.id), '[]')::text,
                   coalesce((select json_agg(json_build_object('slug', t.slug, 'name', t.name) order by t.name, t.slug)
                             from article_tag at join tag t on t.id = at.tag_id
                             where at.article_id = a.id), '[]')::text,
                   a.version, a.cover_media_id
            from article a left join section s on s.id = a.section_id
            where a.id = any(cast(?1 as bigint[]))
            """;

    @Inject EntityManager em;
    @Inject ObjectMapper mapper;
    @Inject ArticleCovers covers;

    /** The cards of these articles, in the order of the ids (ids not found are skipped). */
    List<ArticleSummary> byIds(List<Long> ids) {
        return versionedByIds(ids).stream().map(Versioned::summary).toList();
    }

    /** A card with the version of the article it was read from. */
    record Versioned(long id, ArticleSummary summary, long version) {
    }

    /** {@link #byIds}, each card with its article's version, read in the same statement. */
    List<Versioned> versionedByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).setParameter(1, ids.toArray(Long[]::new)).getResultList();
        // library covers: their images in one more read, only when the page shows one
        Map<Long, MediaView> media = covers.media(rows.stream().map(row -> row[15] == null ? null : ((Number) row[15]).longValue())
                .toList());
        return IdOrder.sort(ids, rows, row -> ((Number) row[0]).longValue()).stream()
                .map(row -> new Versioned(((Number) row[0]).longValue(), summary(row, media), ((Number) row[14]).longValue())).toList();
    }

    private ArticleSummary summary(Object[] row, Map<Long, MediaView> media) {
        SectionRef section = row[4] == null ? null : new SectionRef((String) row[4], (String) row[5]);
        Long mediaId = row[15] == null ? null : ((Number) row[15]).longValue();
        CoverImageView cover = ArticleCovers.view((String) row[6], (String) row[7], (String) row[8], mediaId,
                mediaId == null ? null : media.get(mediaId));
        try {
            return new ArticleSummary((String) row[1], (String) row[2], (String) row[3], section,
                    mapper.readValue((String) row[12], AUTHORS), mapper.readValue((String) row[13], TAGS), cover,
                    instant(row[9]), ((Number) row[10]).intValue(), ((Number) row[11]).intValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable aggregate from PostgreSQL", e);
        }
    }
}
