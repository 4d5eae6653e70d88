package fr.kiosque.comment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reader's comment, or a reply of the editorial team. It names its article by id (the article
 * feature owns articles) and its thread by {@code rootId}, the top-level comment it hangs under.
 */
@Entity
@Table(name = "comment")
class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    long articleId;

    @Column(name = "parent_id", updatable = false)
    Long parentId;

    /** The top-level comment of the thread; null for a top-level comment. */
    @Column(name = "root_id", updatable = false)
    Long rootId;

    /** Null once deleted. */
    @Column(name = "author_name")
    String authorName;

    /** {@link #authorName} folded for "@Name" mentions ({@link Mentions#fold}). */
    @Column(name = "author_key")
    String authorKey;

    /** As the reader typed it; shown to moderators. */
    @Column(name = "author_email")
    String authorEmail;

    /** {@link #authorEmail} as per-e-mail rules compare it ({@code EmailKey}): the duplicate check. */
    @Column(name = "author_email_key")
    String authorEmailKey;

    @Column(nullable = false)
    String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CommentStatus status;

    @Column(nullable = false)
    boolean staff;

    @Column(name = "ip_hash")
    String ipHash;

    /** SHA-256 of the deletion token given to the author; the token itself is never stored. */
    @Column(name = "deletion_token_hash")
    byte[] deletionTokenHash;

    /**
     * SHA-256 of the commenter token of the reader who wrote it: the comments of one commenter
     * share it (moderation FIRST). Null for staff replies and once deleted.
     */
    @Column(name = "commenter_token_hash")
    byte[] commenterTokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "deleted_at")
    Instant deletedAt;

    @Version
    @Column(nullable = false)
    long version;
}
