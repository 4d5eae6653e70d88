package fr.kiosque.ghost;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.kiosque.common.persistence.Timestamps;

/** A partner's Content API key: its keyed hash only, never the key (V20). */
@Entity
@Table(name = "content_api_key")
class ContentApiKey extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String name;

    @Column(name = "key_hash", updatable = false)
    byte[] keyHash;

    /** The key's last four characters, to tell keys apart in the list. */
    @Column(name = "key_hint", updatable = false)
    String keyHint;

    @Enumerated(EnumType.STRING)
    KeyRights rights;

    @Column(name = "requests_per_minute")
    int requestsPerMinute;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_origins", nullable = false)
    List<String> allowedOrigins = new ArrayList<>();
}
