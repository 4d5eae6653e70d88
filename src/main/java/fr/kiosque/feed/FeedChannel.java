package fr.kiosque.feed;

import java.time.Instant;
import java.util.List;

/** A feed: its title and description, its own URL (self), the page it mirrors, its items newest first. */
record FeedChannel(String title, String description, String selfUrl, String homeUrl, String copyright, List<FeedItem> items) {

    /** When the newest item last changed (the feed's Last-Modified); null when empty. */
    Instant updated() {
        return items.stream().map(FeedItem::updated).max(Instant::compareTo).orElse(null);
    }
}
