package fr.kiosque.comment;

/**
 * Where a comment stands in moderation. Only APPROVED comments are public; SPAM is what the
 * anti-spam rules (honeypot) or a moderator set aside.
 */
public enum CommentStatus {
    PENDING, APPROVED, REJECTED, SPAM
}
