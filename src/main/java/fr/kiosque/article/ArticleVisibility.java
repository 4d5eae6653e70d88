package fr.kiosque.article;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one definition of "the public sees this article now": PUBLISHED, or SCHEDULED and due
 * (before the job has flipped its status), with a publication date already past. DRAFT and
 * ARCHIVED never. Every public surface composes it: the article list and page, "à lire aussi",
 * the taxonomy pages and their counts, comments, feeds, sitemaps and search (the last two in
 * native SQL, through {@link #sql}), and it reads an article in hand the same way ({@link #test}).
 */
public final class ArticleVisibility {

    /** The named parameter every fragment takes: the instant the public looks at. */
    public static final String NOW = "now";

    private static final List<ArticleStatus> STATUSES = List.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED);

    private ArticleVisibility() {
    }

    /** SQL on the article table's columns, for native statements: the article {@code alias} is public at {@code :now}. */
    public static String sql(String alias) {
        return alias + ".status in (" + STATUSES.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ")) + ")"
                + " and " + alias + ".published_at <= :" + NOW;
    }

    /** The same rule in HQL, on the {@link Article} entity {@code alias}. */
    static String hql(String alias) {
        return alias + ".status in (" + STATUSES.stream().map(s -> ArticleStatus.class.getName() + "." + s)
                .collect(Collectors.joining(", ")) + ")"
                + " and " + alias + ".publishedAt <= :" + NOW;
    }

    /** The same rule for an article in hand. */
    static boolean test(Article article, Instant now) {
        return STATUSES.contains(article.status) && article.publishedAt != null && !article.publishedAt.isAfter(now);
    }

    /**
     * HQL: how many visible articles reach {@code owner} (a section, tag or author alias) through
     * the article association {@code association} ({@code section}, {@code tags}, {@code authors}).
     */
    static String countReaching(String association, String owner) {
        return "(select count(*) from Article va join va." + association + " vj where vj.id = " + owner + ".id and "
                + hql("va") + ")";
    }

    /** HQL: at least one visible article reaches {@code owner} through {@code association}. */
    static String anyReaching(String association, String owner) {
        return "exists (select 1 from Article va join va." + association + " vj where vj.id = " + owner + ".id and "
                + hql("va") + ")";
    }
}
