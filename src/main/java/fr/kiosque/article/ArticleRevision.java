package fr.kiosque.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A version of an article: its editable fields as they stood after a change (an
 * {@code ArticleRequest} document), who made the change, when, and which fields it changed. An
 * UPDATED revision may hold several consecutive edits of one editor ({@code lastChangedAt}).
 * Written by {@link ArticleRevisionRepository} in the transaction of the change; read-only here.
 */
@Entity
@Table(name = "article_revision")
class ArticleRevision {

    /** What a revision records. */
    enum Action {
        /** The article as it stood before its first change since revisions exist. */
        BASELINE, CREATED, UPDATED, PUBLISHED, UNPUBLISHED, SCHEDULED, ARCHIVED, RESTORED
    }

    @Id
    Long id;

    @Column(name = "article_id")
    long articleId;

    @Enumerated(EnumType.STRING)
    Action action;

    String actor;

    @Column(name = "created_at")
    Instant createdAt;

    /** The last edit merged into this revision; null when it holds one change. */
    @Column(name = "last_changed_at")
    Instant lastChangedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields")
    List<String> changedFields = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    String snapshot;
}
