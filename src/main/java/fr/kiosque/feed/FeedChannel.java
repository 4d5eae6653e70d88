package fr.kiosque.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed: its title and description, its permanent id (a tag: URI), its own URL (self; null when
 * {@code kiosque.feeds.public-url} is not set), the page it mirrors, its items newest first.
 */
record FeedChannel(String title, String description, String id, String selfUrl, String homeUrl, String copyright,
        List<FeedItem> items) {

    /** When the newest item last changed (the feed's Last-Modified); null when empty. */
    Instant updated() {
        return items.stream().map(FeedItem::updated).max(Instant::compareTo).orElse(null);
    }
}
