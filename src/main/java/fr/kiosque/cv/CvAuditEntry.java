package fr.kiosque.cv;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One access to candidate data: who, what, when. Holds no candidate data but the submission id. */
@Entity
@Table(name = "cv_audit")
class CvAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    Instant at;

    @Column(nullable = false)
    String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CvAuditAction action;

    @Column(name = "submission_id")
    UUID submissionId;

    String detail;
}
