package fr.kiosque.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

/** Full content versus summary: the setting cannot change inside one application, so the mapping is tested directly. */
class FeedMapperTest {

    static final Site SITE = new Site("https://www.kiosque.fr", "/articles/{slug}", "/emplois/{slug}", "/fiches-metiers/{slug}",
            "/rubriques/{slug}", "/{slug}");

    static FeedRepository.ArticleRow row(String standfirst) {
        return new FeedRepository.ArticleRow(42, "quitter-x", "Quitter X", standfirst, "<p>Le corps <em>entier</em>.</p>",
                Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-21T09:30:00Z"), null, null, "Le Magazine",
                List.of("Anne Rédac"), List.of("Réseaux sociaux"), null);
    }

    @Test
    void fullContentCarriesTheBody() throws Exception {
        FeedItem item = FeedMapper.article(row("Le chapô."), SITE, true);
        assertThat(item.contentHtml()).isEqualTo("<p>Le corps <em>entier</em>.</p>");
        assertThat(item.summary()).isEqualTo("Le chapô.");
        assertThat(item.id()).isEqualTo("tag:www.kiosque.fr,2026:article:42");
        assertThat(item.url()).isEqualTo("https://www.kiosque.fr/articles/quitter-x");
        assertThat(item.categories()).containsExactly("Le Magazine", "Réseaux sociaux");

        FeedChannel channel = new FeedChannel("Kiosque", "Le magazine", "tag:www.kiosque.fr,2026:feed:/feeds/articles.rss",
                "https://api.kiosque.fr/feeds/articles.rss", "https://www.kiosque.fr/", "© Kiosque", List.of(item));
        SyndFeed rss = new SyndFeedInput().build(new StringReader(FeedWriter.rss(channel)));
        assertThat(rss.getEntries().get(0).getContents().get(0).getValue()).contains("<em>entier</em>");
        assertThat(rss.getCopyright()).isEqualTo("© Kiosque");
        assertThat(FeedWriter.json(channel, new com.fasterxml.jackson.databind.ObjectMapper()))
                .contains("\"content_html\"").doesNotContain("\"content_text\"");
    }

    @Test
    void summaryModeCarriesTheStandfirstOnly() throws Exception {
        FeedItem item = FeedMapper.article(row("Le chapô."), SITE, false);
        assertThat(item.contentHtml()).isNull();
        assertThat(item.summary()).isEqualTo("Le chapô.");

        // without kiosque.feeds.public-url: no self link, the id stays
        FeedChannel channel = new FeedChannel("Kiosque", "Le magazine", "tag:www.kiosque.fr,2026:feed:/feeds/articles.atom", null,
                "https://www.kiosque.fr/", null, List.of(item));
        String atom = FeedWriter.atom(channel);
        assertThat(atom).doesNotContain("entier").doesNotContain("rel=\"self\"")
                .contains("<id>tag:www.kiosque.fr,2026:feed:/feeds/articles.atom</id>");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getEntries().get(0).getContents()).isEmpty();
        assertThat(feed.getEntries().get(0).getDescription().getValue()).isEqualTo("Le chapô.");
        String json = FeedWriter.json(channel, new com.fasterxml.jackson.databind.ObjectMapper());
        assertThat(json).contains("\"content_text\":\"Le chapô.\"").doesNotContain("content_html").doesNotContain("entier");
        assertThat(FeedWriter.rss(channel)).doesNotContain("entier").doesNotContain("content:encoded").doesNotContain("atom:link");
        assertThat(json).doesNotContain("feed_url");
    }

    @Test
    void withoutStandfirstTheSummaryIsTheStartOfTheBodyAsText() {
        assertThat(FeedMapper.article(row(null), SITE, false).summary()).isEqualTo("Le corps entier.");
        assertThat(FeedMapper.excerpt("<p>" + "mot ".repeat(200) + "</p>")).hasSizeLessThanOrEqualTo(301).endsWith("…");
    }
}
