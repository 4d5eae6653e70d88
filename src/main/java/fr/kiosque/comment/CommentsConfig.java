package fr.kiosque.comment;

import java.time.Duration;
import java.util.Optional;


import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.comments.*}: moderation, threads and the anti-abuse rules (docs/comments.md). */
@ConfigMapping(prefix = "kiosque.comments")
interface CommentsConfig {

    /**
     * ALL: every comment waits for a moderator; FIRST: a post that presents the commenter token of a
     * reader with an approved comment (and none marked SPAM) is approved at once, any other waits; NONE.
     */
    @WithDefault("ALL")
    Moderation moderation();

    /** Levels of nesting shown, the top-level comment being the first; deeper replies are shown at the last level. */
    @WithDefault("3")
    int maxDepth();

    /** Links (http://, https://, www.) a comment may hold; more is a 422. */
    @WithDefault("2")
    int maxLinks();

    /** Comments one client address may post per {@link #postsWindow()}. */
    @WithDefault("5")
    int maxPostsPerClient();

    /** Comments one e-mail may post per {@link #postsWindow()}. */
    @WithDefault("3")
    int maxPostsPerEmail();

    @WithDefault("PT1M")
    Duration postsWindow();

    /** The same text from the same e-mail on the same article within this time is a duplicate (409). */
    @WithDefault("PT24H")
    Duration duplicateWindow();

    /**
     * Largest request body of POST /api/v1/articles/{slug}/comments; larger gets 413 before it is
     * read. 64 KiB holds the largest valid comment even when a client escapes every character as
     * a backslash-u escape: six bytes, twelve for an emoji (5000 emoji are then 60,000 bytes).
     */
    @WithDefault("64K")
    MemorySize maxRequestSize();

    /** The name staff replies are signed with. */
    @WithDefault("La rédaction")
    String staffName();

    /**
     * Key of the HMAC that hashes client addresses for moderators. Set it in production (the same
     * on every instance, kept across restarts); when absent, each process makes one at start and
     * hashes of the same address differ between instances and restarts.
     */
    Optional<String> ipHashSecret();

    enum Moderation {
        ALL, FIRST, NONE
    }
}
