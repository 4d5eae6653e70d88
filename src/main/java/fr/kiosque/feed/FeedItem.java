package fr.kiosque.feed;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a feed, whatever its format. {@code contentHtml} is null in summary mode;
 * {@code summary} is plain text.
 */
record FeedItem(String id, String url, String title, String summary, String contentHtml, Instant published,
        Instant updated, List<String> authors, List<String> categories, String imageUrl, String imageAlt) {
}
