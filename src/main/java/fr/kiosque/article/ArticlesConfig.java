package fr.kiosque.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.articles.*} */
@ConfigMapping(prefix = "kiosque.articles")
interface ArticlesConfig {

    /** How many "à lire aussi" articles are chosen automatically when the editor chose none: 0 to 10 ({@code ArticleRequest.MAX_RELATED}). */
    @WithDefault("3")
    int relatedCount();

    /** Reading speed used for {@code readingTimeMinutes}. */
    @WithDefault("230")
    int wordsPerMinute();

    /** How often due SCHEDULED articles are published ("30s"; "off" disables the job on this instance). */
    @WithDefault("30s")
    String publishScheduledEvery();

    /** An article's revisions (docs/previews.md, "Revisions"). */
    Revisions revisions();

    interface Revisions {
        /**
         * Edits of one editor following each other within this time of their revision's first
         * edit are merged into it (an admin frontend saving as the editor types makes one
         * revision per such span, not one per save); PT0S keeps every edit apart.
         */
        @WithDefault("PT10M")
        java.time.Duration mergeWithin();
    }

    /** The stored rendered pages of articles, the second cache tier ({@link ArticlePages}). */
    Pages pages();

    interface Pages {
        /** Off: every miss of the response cache renders the page (nothing is stored). */
        @WithDefault("true")
        boolean enabled();

        /**
         * A stored page older than this is still answered, and rendered again in the background:
         * how old the comment counts of its "à lire aussi" cards, and its automatic choice of them, may be.
         */
        @WithDefault("PT1H")
        java.time.Duration maxAge();

        /** At most this many of those pages rendered again a second, per instance. */
        @WithDefault("10")
        int refreshPerSecond();

        /** At start, render in the background the pages that are missing or outdated. */
        @WithDefault("true")
        boolean backfill();

        /** How long after the start that rendering begins (the start and its first requests go first). */
        @WithDefault("PT10S")
        java.time.Duration backfillDelay();

        /** How many threads render them (each takes most of a core with its share of PostgreSQL's). */
        @WithDefault("1")
        int backfillThreads();
    }
}
