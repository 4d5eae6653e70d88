package fr.kiosque.cv;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A candidate's CV submission: who, for what, their consent, and the file's metadata. The file
 * itself is in {@code cv_file_chunk}, encrypted ({@link CvFileStore}).
 */
@Entity
@Table(name = "cv_submission")
class CvSubmission {

    @Id
    UUID id;

    @Column(name = "first_name", nullable = false)
    String firstName;

    @Column(name = "last_name", nullable = false)
    String lastName;

    @Column(nullable = false)
    String email;

    @Column(name = "email_key", nullable = false)
    String emailKey;

    String phone;

    @Column(name = "desired_profile")
    String desiredProfile;

    @Column(name = "job_slug")
    String jobSlug;

    @Column(name = "job_title")
    String jobTitle;

    @Column(nullable = false)
    String location;

    String message;

    @Column(name = "consent_version", nullable = false)
    String consentVersion;

    @Column(name = "consented_at", nullable = false)
    Instant consentedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CvStatus status;

    String note;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Column(name = "content_type", nullable = false)
    String contentType;

    @Column(name = "file_size", nullable = false)
    long fileSize;

    @Column(name = "chunk_count", nullable = false)
    int chunkCount;

    @Column(name = "key_id", nullable = false)
    String keyId;

    @Column(name = "deletion_token_hash", nullable = false)
    byte[] deletionTokenHash;

    @Column(name = "idempotency_key_hash")
    byte[] idempotencyKeyHash;

    @Column(name = "request_fingerprint")
    byte[] requestFingerprint;

    @Column(name = "replay_token")
    byte[] replayToken;

    @Column(name = "received_at", nullable = false, updatable = false)
    Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    @Column(nullable = false)
    Long version;
}
