package fr.kiosque.feed;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;

/** Rows to feed items: the one place that decides what an item says, in full or summary mode. */
final class FeedMapper {

    private FeedMapper() {
    }

    /**
     * An article as a feed item: categories are its section then its tags; the summary is the
     * standfirst (or the start of the body when there is none); the sanitized body only when
     * {@code fullContent}.
     */
    static FeedItem article(FeedRepository.ArticleRow row, Site site, boolean fullContent) {
        List<String> categories = new ArrayList<>();
        if (row.sectionName() != null) {
            categories.add(row.sectionName());
        }
        categories.addAll(row.tags());
        String summary = row.standfirst() != null && !row.standfirst().isBlank() ? row.standfirst().strip()
                : excerpt(row.body());
        return new FeedItem(site.id("article", row.id()), site.article(row.slug()), row.title(), summary,
                fullContent ? row.body() : null, row.publishedAt(), row.updatedAt(), row.authors(), categories,
                row.coverUrl(), row.coverAlt());
    }

    /** An open listing as a feed item: "Title — Company (City)", its contract as category. */
    static FeedItem job(FeedRepository.JobRow row, Site site, boolean fullContent) {
        String title = row.title() + " — " + row.company() + (row.city() != null ? " (" + row.city() + ")" : "");
        return new FeedItem(site.id("job", row.id()), site.job(row.slug()), title, excerpt(row.description()),
                fullContent ? row.description() : null, row.postedAt(), row.updatedAt(), List.of(row.company()),
                List.of(row.contract()), row.logoUrl(), null);
    }

    /** The first 300 characters of the text of some HTML, cut at a word. */
    static String excerpt(String html) {
        String text = html == null ? "" : Jsoup.parse(html).text().strip();
        if (text.length() <= 300) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 300);
        return text.substring(0, cut > 0 ? cut : 300) + "…";
    }
}
