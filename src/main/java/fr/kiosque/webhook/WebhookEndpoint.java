package fr.kiosque.webhook;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.kiosque.common.persistence.Timestamps;

/** A URL that receives signed POSTs for the events it subscribed to. */
@Entity
@Table(name = "webhook_endpoint")
class WebhookEndpoint extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String url;

    String description;

    /** Wire names ({@code article.published}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    List<String> events = new ArrayList<>();

    /** Signs the deliveries; never returned, only a hint of its end. */
    String secret;

    boolean active;
}
