package fr.kiosque.cv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.persistence.TransactionLocks;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import fr.kiosque.common.security.DeletionTokens;
import fr.kiosque.common.text.EmailKey;
import fr.kiosque.common.time.Now;
import fr.kiosque.cv.CvForm.Fields;
import fr.kiosque.cv.api.CvReceipt;
import fr.kiosque.cv.api.CvReceivedEvent;
import fr.kiosque.cv.api.CvSubmissionForm;
import fr.kiosque.job.JobTargets;
import fr.kiosque.job.api.JobViews.OpenListing;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Receives a candidate's submission: fields, consent, file type and size, the listing or career
 * sheet it is for, rate limits, idempotent retries; stores it with its encrypted file and the
 * {@code cv.received} webhook in one transaction. Candidate data never reaches the logs: only
 * submission ids do.
 */
@ApplicationScoped
class SubmitCv {

    private static final Logger LOG = Logger.getLogger(SubmitCv.class);
    /** Submissions with an Idempotency-Key take turns by key (striped): a retry waits for the first try's answer. */
    private static final Lock[] RETRIES = new Lock[64];
    static {
        for (int i = 0; i < RETRIES.length; i++) {
            RETRIES[i] = new ReentrantLock();
        }
    }

    @Inject CvSubmissionRepository submissions;
    @Inject CvFileStore files;
    @Inject CvKeys keys;
    @Inject JobTargets jobs;
    @Inject RateLimiter limiter;
    @Inject CvConfig config;
    @Inject Clock clock;
    private RateLimit perClient;
    private RateLimit perEmail;
    @Inject WebhookService webhooks;

    /** The limits, from the settings (beans are injected into fields, so not in a constructor). */
    @PostConstruct
    void limits() {
        this.perClient = new RateLimit("cv-client", config.maxSubmissionsPerClient(), config.submissionsWindow());
        this.perEmail = new RateLimit("cv-email", config.maxSubmissionsPerEmail(), config.submissionsWindow());
    }

    /**
     * In order: 503 without an encryption key; 400 naming each invalid field; a retry with a known
     * Idempotency-Key gets the first answer; 429 past the rate limits; 413, 415 or 400 for the
     * file; 410 or 422 for the listing or career sheet; then the submission and its encrypted file
     * are stored in one transaction.
     *
     * @param idempotencyKey the {@code Idempotency-Key} header, or null
     * @param client         the client's address ({@code ClientAddress})
     */
    CvReceipt submit(CvSubmissionForm form, String idempotencyKey, String client) {
        CvKeys.Key key = keys.current();
        Fields fields = CvForm.validate(form, config.maxMessageLength());
        byte[] keyHash = idempotencyKey == null || idempotencyKey.isBlank() ? null : CvForm.idempotencyKeyHash(idempotencyKey);
        Path file = form.cv.uploadedFile();
        long size = size(file);
        if (keyHash == null) {
            return accept(form, fields, file, size, key, null, null, client);
        }
        byte[] fingerprint = CvForm.fingerprint(fields, file);
        // parallel retries on this instance wait for the first one and get its answer; across
        // instances, the transaction's advisory lock keeps them from storing a duplicate
        Lock lock = RETRIES[Math.floorMod(Arrays.hashCode(keyHash), RETRIES.length)];
        boolean locked = false;
        try {
            locked = lock.tryLock(60, TimeUnit.SECONDS);
            Optional<CvReceipt> replay = QuarkusTransaction.requiringNew().call(() -> replay(keyHash, fingerprint));
            if (replay.isPresent()) {
                return replay.get();
            }
            return accept(form, fields, file, size, key, keyHash, fingerprint, client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a retry of the same submission", e);
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    private CvReceipt accept(CvSubmissionForm form, Fields fields, Path file, long size, CvKeys.Key key, byte[] keyHash,
            byte[] fingerprint, String client) {
        limiter.enforce(perClient, client, "Trop de candidatures envoyées depuis votre adresse.");
        limiter.enforce(perEmail, EmailKey.of(fields.email()), "Trop de candidatures envoyées avec cette adresse e-mail.");
        if (size > config.maxFileSize().asLongValue()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Le CV dépasse la taille permise ("
                    + config.maxFileSize().asLongValue() / (1024 * 1024) + " Mo).");
        }
        String contentType = CvFileTypes.detect(file, size);
        Optional<OpenListing> listing = fields.jobSlug() == null ? Optional.empty() : Optional.of(openListing(fields.jobSlug()));
        if (fields.desiredProfile() != null && !jobs.profileExists(fields.desiredProfile())) {
            throw ProblemException.unprocessableField("desiredProfile",
                    "Aucune fiche métier ne porte le slug « " + fields.desiredProfile() + " ».");
        }
        String fileName = CvForm.fileName(form.cv.fileName(), contentType);
        CvReceipt receipt = QuarkusTransaction.requiringNew().call(() -> {
            if (keyHash != null) {
                TransactionLocks.lock(submissions.getEntityManager(), "cv-idempotency", HexFormat.of().formatHex(keyHash));
                Optional<CvReceipt> replay = replay(keyHash, fingerprint);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            CvReceipt stored = store(fields, listing.orElse(null), file, size, contentType, fileName, key, keyHash, fingerprint);
            // the outbox row commits with the submission: no event for a CV that was not stored, none lost for one that was
            webhooks.enqueue(WebhookEvent.CV_RECEIVED,
                    new CvReceivedEvent(stored.id(), listing.map(OpenListing::slug).orElse(null), stored.receivedAt()));
            return stored;
        });
        // once committed; a retry that replays the first answer is not a new submission
        LOG.infof("CV submission %s received", receipt.id());
        return receipt;
    }

    private CvReceipt store(Fields fields, OpenListing listing, Path file, long size, String contentType, String fileName,
            CvKeys.Key key, byte[] keyHash, byte[] fingerprint) {
        Instant now = Now.of(clock);
        DeletionTokens.Issued token = DeletionTokens.issue();
        CvSubmission s = new CvSubmission();
        s.id = UUID.randomUUID();
        s.firstName = fields.firstName();
        s.lastName = fields.lastName();
        s.email = fields.email();
        // the GDPR key (export, erasure): the address itself, case aside; +tag variants are other addresses there
        s.emailKey = fields.email().toLowerCase(Locale.ROOT);
        s.phone = fields.phone();
        s.desiredProfile = fields.desiredProfile();
        s.jobSlug = listing == null ? null : listing.slug();
        s.jobTitle = listing == null ? null : listing.title();
        s.location = fields.location();
        s.message = fields.message();
        s.consentVersion = config.privacyNoticeVersion();
        s.consentedAt = now;
        s.status = CvStatus.NEW;
        s.fileName = fileName;
        s.contentType = contentType;
        s.fileSize = size;
        s.keyId = key.id();
        s.deletionTokenHash = token.hash();
        s.idempotencyKeyHash = keyHash;
        s.requestFingerprint = fingerprint;
        s.replayToken = keyHash == null ? null : CvCipher.sealToken(key.secret(), s.id, token.token());
        s.receivedAt = now;
        s.updatedAt = now;
        s.chunkCount = (int) Math.max(1, (size + CvCipher.CHUNK_SIZE - 1) / CvCipher.CHUNK_SIZE);
        submissions.persistAndFlush(s);
        files.write(s.id, file, size, key, null);
        return new CvReceipt(s.id, s.receivedAt, s.status, token.token());
    }

    /** The first answer to this Idempotency-Key, if there was one; 422 when the key came with another request. */
    private Optional<CvReceipt> replay(byte[] keyHash, byte[] fingerprint) {
        Optional<CvSubmission> found = submissions.findByIdempotencyKey(keyHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CvSubmission s = found.get();
        if (!MessageDigest.isEqual(s.requestFingerprint, fingerprint)) {
            throw ProblemException.unprocessableField("Idempotency-Key",
                    "Cette clé d'idempotence a déjà servi pour une autre candidature : utilisez une nouvelle clé.");
        }
        try {
            String token = CvCipher.openToken(keys.byId(s.keyId), s.id, s.replayToken);
            LOG.debugf("CV submission %s replayed for a retry", s.id);
            return Optional.of(new CvReceipt(s.id, s.receivedAt, s.status, token));
        } catch (CvCipher.TamperedException e) {
            throw new IllegalStateException("CV submission " + s.id + ": the kept deletion token is unreadable");
        }
    }

    /** The listing applied to: open and taking applications through Kiosque, else 410 (ended) or 422. */
    private OpenListing openListing(String slug) {
        Optional<OpenListing> open = jobs.openListing(slug);
        if (open.isPresent()) {
            if (!open.get().acceptsKiosqueApplications()) {
                throw ProblemException.unprocessableField("jobSlug",
                        "Cette offre reçoit les candidatures sur le site de l'employeur, pas par Kiosque.");
            }
            return open.get();
        }
        if (jobs.listingEnded(slug)) {
            throw new ProblemException(ProblemType.GONE, "L'offre « " + slug + " » est fermée ou expirée :"
                    + " elle n'accepte plus de candidatures.");
        }
        throw ProblemException.unprocessableField("jobSlug", "Aucune offre ouverte ne porte le slug « " + slug + " ».");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
