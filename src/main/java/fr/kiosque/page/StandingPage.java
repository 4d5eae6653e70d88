package fr.kiosque.page;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.kiosque.common.persistence.Timestamps;

/** A standing page of the site ("Mentions légales"…): the article editor's fields, without taxonomy nor comments (V22). */
@Entity
@Table(name = "standing_page")
class StandingPage extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String slug;

    String title;

    String standfirst;

    /** Sanitized HTML. */
    String body;

    @Enumerated(EnumType.STRING)
    PageStatus status;

    @Column(name = "published_at")
    Instant publishedAt;

    @Column(name = "meta_title")
    String metaTitle;

    @Column(name = "meta_description")
    String metaDescription;
}
