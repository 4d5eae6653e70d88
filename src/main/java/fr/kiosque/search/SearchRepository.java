package fr.kiosque.search;

import static fr.kiosque.common.persistence.SqlValues.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import fr.kiosque.article.ArticleVisibility;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.job.ListingVisibility;

/**
 * The search read model: one native statement over the full-text vectors that the database
 * keeps on article, job_listing and job_profile (V11). It reads other features' tables, never
 * their entities, and applies the same visibility rules as their public routes (articles:
 * {@link ArticleVisibility}; a listing open and not expired).
 */
@ApplicationScoped
class SearchRepository {

    /** ts_headline options: the marks are control characters, turned into {@code <mark>} after escaping. */
    static final String START = "\u0002";
    static final String STOP = "\u0003";
    private static final String HEADLINE = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=\" … \"";

    /** How much of a body {@code ts_headline} reads for a snippet. */
    static final int SNIPPET_SOURCE = 2000;

    private static final String ARTICLE_VISIBLE = ArticleVisibility.sql("a");

    private static final String QUERY = "websearch_to_tsquery('french_unaccent'::regconfig, :q)";

    @Inject EntityManager em;

    record Row(String type, String slug, String title, String snippet, Instant publishedAt, long total) {
    }

    /**
     * A page of hits, best first: {@code ts_rank_cd} (title A > standfirst, tags, company,
     * summary B > body C), then the most recent. Of each type only the {@code window} most recent
     * matches are ranked, and the snippets are computed for the page's rows only.
     */
    List<Row> search(String q, Set<SearchType> types, Instant now, int window, PageRequest page) {
        // The query's selectivity decides the plan: a common word ("communication", most of the
        // magazine) walks the newest articles by date and stops at the window; a rare one uses the
        // GIN index. A generic plan, blind to the words, would pick one for all: plan each search.
        em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
        List<String> parts = new ArrayList<>();
        if (types.contains(SearchType.ARTICLE)) {
            parts.add("(select 'article'::text as type, c.id, ts_rank_cd(c.v, " + QUERY + ") as rank, c.at from q,"
                    + " lateral (select a.id, a.search_vector as v, a.published_at as at from article a"
                    + "  where a.search_vector @@ " + QUERY + " and " + ARTICLE_VISIBLE
                    + "  order by a.published_at desc, a.id desc limit :window) c)");
        }
        if (types.contains(SearchType.JOB)) {
            parts.add("(select 'job'::text as type, c.id, ts_rank_cd(c.v, " + QUERY + ") as rank, c.at from q,"
                    + " lateral (select j.id, j.search_vector as v, j.date_posted as at from job_listing j"
                    + "  where j.search_vector @@ " + QUERY + " and " + ListingVisibility.sql("j")
                    + "  order by j.date_posted desc, j.id desc limit :window) c)");
        }
        if (types.contains(SearchType.JOB_PROFILE)) {
            parts.add("(select 'job-profile'::text as type, c.id, ts_rank_cd(c.v, " + QUERY + ") as rank, c.at from q,"
                    + " lateral (select p.id, p.search_vector as v, p.updated_at as at from job_profile p"
                    + "  where p.search_vector @@ " + QUERY + " order by p.updated_at desc, p.id desc limit :window) c)");
        }
        String sql = "with q as (select " + QUERY + " as query),"
                + " hits as (" + String.join(" union all ", parts) + "),"
                + " page as (select h.*, count(*) over () as total from hits h"
                + "  order by h.rank desc, h.at desc, h.type, h.id desc offset :offset limit :size)"
                + " select p.type, coalesce(a.slug, j.slug, jp.slug), coalesce(a.title, j.title, jp.title),"
                + "  ts_headline('french_unaccent'::regconfig, case p.type"
                + "    when 'article' then coalesce(a.standfirst, '') || ' ' || " + opening("a.body")
                + "    when 'job' then " + opening("j.description")
                + "    else jp.summary end, q.query, :headline),"
                + "  case when p.type = 'job-profile' then null else p.at end, p.total"
                + " from page p cross join q"
                + " left join article a on p.type = 'article' and a.id = p.id"
                + " left join job_listing j on p.type = 'job' and j.id = p.id"
                + " left join job_profile jp on p.type = 'job-profile' and jp.id = p.id"
                + " order by p.rank desc, p.at desc, p.type, p.id desc";
        Query query = em.createNativeQuery(sql)
                .setParameter("q", q)
                .setParameter("window", window)
                .setParameter("offset", page.offset())
                .setParameter("size", page.size())
                .setParameter("headline", HEADLINE);
        if (types.contains(SearchType.ARTICLE) || types.contains(SearchType.JOB)) {
            query.setParameter("now", now);
        }
        List<Row> rows = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] columns = (Object[]) result;
            rows.add(new Row((String) columns[0], (String) columns[1], (String) columns[2], (String) columns[3],
                    instant(columns[4]), ((Number) columns[5]).longValue()));
        }
        return rows;
    }

    /** The words of a query that a suggestion may correct: the first ones of 4 to 60 letters. */
    static final int MAX_CORRECTED_WORDS = 10;

    /**
     * The query with each word of 4 letters or more that no title uses replaced by the closest
     * title word (trigram similarity), if that finds anything; empty otherwise. One statement
     * for every word; only the first {@value #MAX_CORRECTED_WORDS} such words are corrected.
     */
    Optional<String> suggestion(List<String> words) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < words.size() && positions.size() < MAX_CORRECTED_WORDS; i++) {
            int length = words.get(i).length();
            if (length >= 4 && length <= 60) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return Optional.empty();
        }
        String candidates = String.join(" ", positions.stream().map(words::get).toList());
        List<?> found = em.createNativeQuery(
                "select w.ord, (select s.word from search_word s where s.word % lower(w.word) and s.word <> lower(w.word)"
                        + " and not exists (select 1 from search_word e where e.word = lower(w.word))"
                        + " order by similarity(s.word, lower(w.word)) desc, s.word limit 1)"
                        + " from unnest(string_to_array(:words, ' ')) with ordinality as w(word, ord)")
                .setParameter("words", candidates)
                .getResultList();
        List<String> corrected = new ArrayList<>(words);
        boolean changed = false;
        for (Object row : found) {
            Object[] columns = (Object[]) row;
            if (columns[1] != null) {
                corrected.set(positions.get(((Number) columns[0]).intValue() - 1), (String) columns[1]);
                changed = true;
            }
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }

    /** Whether anything public matches {@code q} (for a suggestion). */
    boolean anyMatch(String q, Instant now) {
        Object found = em.createNativeQuery("select exists (select 1 from article a where a.search_vector @@ " + QUERY
                + " and " + ARTICLE_VISIBLE + ")"
                + " or exists (select 1 from job_listing j where j.search_vector @@ " + QUERY
                + " and " + ListingVisibility.sql("j") + ")"
                + " or exists (select 1 from job_profile p where p.search_vector @@ " + QUERY + ")")
                .setParameter("q", q)
                .setParameter("now", now)
                .getSingleResult();
        return Boolean.TRUE.equals(found);
    }

    /**
     * The first {@value #SNIPPET_SOURCE} characters of an HTML text as plain text, a tag cut in two
     * at the end included: {@code ts_headline} parses all the text it is given (about 2 ms for a
     * long article body), and the opening of a text is where a reader expects its snippet.
     */
    private static String opening(String column) {
        return "regexp_replace(left(" + column + ", " + SNIPPET_SOURCE + "), '<[^>]*(>|$)', ' ', 'g')";
    }
}
