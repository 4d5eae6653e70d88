package fr.kiosque.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.kiosque.common.persistence.Timestamps;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A magazine article, as the seed page shows one. */
@Entity
@Table(name = "article")
public class Article extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String title;

    public String standfirst;

    /** Sanitized HTML. Lazy: lists show summaries, and bodies are most of an article's bytes. */
    @Basic(fetch = FetchType.LAZY)
    public String body;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pull_quotes", nullable = false)
    public List<String> pullQuotes = new ArrayList<>();

    @Embedded
    public CoverImage coverImage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    public Section section;

    @ManyToMany
    @JoinTable(name = "article_author",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<Author> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    public Set<Tag> tags = new LinkedHashSet<>();

    /** "À lire aussi" chosen by the editor, in order. */
    @ManyToMany
    @JoinTable(name = "article_related",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderColumn(name = "position")
    public List<Article> related = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ArticleStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "reading_time_minutes")
    public int readingTimeMinutes;

    @Column(name = "meta_title")
    public String metaTitle;

    @Column(name = "meta_description")
    public String metaDescription;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    @Column(name = "comments_open")
    public boolean commentsOpen = true;

    /** Set by editors: Ghost's featured posts (docs/ghost.md). */
    public boolean featured;

    /**
     * Approved comments, kept by the comment feature ({@link Articles#setCommentCount}) in
     * the transaction that changes them. Never written through the entity, so that saving an
     * article cannot put back a count read before a moderator's change.
     */
    @Column(name = "comment_count", insertable = false, updatable = false)
    public int commentCount;

    /**
     * The full-text vector the database keeps (V11: title, standfirst, tags, body), mapped only so
     * that list filters can name it ({@code q}); never read nor written through the entity.
     */
    @Basic(fetch = FetchType.LAZY)
    @org.hibernate.annotations.LazyGroup("search")
    @Column(name = "search_vector", insertable = false, updatable = false, columnDefinition = "tsvector")
    String searchVector;
}
