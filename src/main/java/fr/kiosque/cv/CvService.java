package fr.kiosque.cv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.persistence.TransactionLocks;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import fr.kiosque.common.text.EmailKey;
import fr.kiosque.common.text.PlainText;
import fr.kiosque.common.text.Slugs;
import fr.kiosque.common.time.Now;
import fr.kiosque.cv.api.CvReceipt;
import fr.kiosque.cv.api.CvReceivedEvent;
import fr.kiosque.cv.api.CvRequests;
import fr.kiosque.cv.api.CvSubmissionForm;
import fr.kiosque.cv.api.CvViews;
import fr.kiosque.job.JobProfileService;
import fr.kiosque.job.JobService;
import fr.kiosque.job.api.JobViews.OpenListing;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The rules of CV submissions: what a candidate may send (fields, consent, file type and size,
 * listing or career sheet), idempotent retries, erasure by the candidate's token; what the
 * recruitment team may see and change, each access written to the audit log; the candidate's
 * rights (export, erasure) and the retention period. Candidate data never reaches the logs: only
 * submission ids do.
 */
@ApplicationScoped
public class CvService {

    private static final Logger LOG = Logger.getLogger(CvService.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .()\\-]{6,30}$");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");
    private static final int RETENTION_BATCH = 500;
    /** Submissions with an Idempotency-Key take turns by key (striped): a retry waits for the first try's answer. */
    private static final Lock[] RETRIES = new Lock[64];
    static {
        for (int i = 0; i < RETRIES.length; i++) {
            RETRIES[i] = new ReentrantLock();
        }
    }
    static final String CANDIDATE = "candidate";
    static final String SYSTEM = "system";

    /** A file to send: its sanitized name, detected type, size, and its bytes, decrypted as they are read. */
    record Download(UUID id, String fileName, String contentType, long size, InputStream body) {
    }

    private final CvSubmissionRepository submissions;
    private final CvAuditRepository audit;
    private final CvFileStore files;
    private final CvKeys keys;
    private final JobService jobs;
    private final JobProfileService profiles;
    private final RateLimiter limiter;
    private final CvConfig config;
    private final Clock clock;
    private final RateLimit perClient;
    private final RateLimit perEmail;

    private final WebhookService webhooks;

    CvService(CvSubmissionRepository submissions, CvAuditRepository audit, CvFileStore files, CvKeys keys, JobService jobs,
            JobProfileService profiles, RateLimiter limiter, CvConfig config, Clock clock, WebhookService webhooks) {
        this.webhooks = webhooks;
        this.submissions = submissions;
        this.audit = audit;
        this.files = files;
        this.keys = keys;
        this.jobs = jobs;
        this.profiles = profiles;
        this.limiter = limiter;
        this.config = config;
        this.clock = clock;
        this.perClient = new RateLimit("cv-client", config.maxSubmissionsPerClient(), config.submissionsWindow());
        this.perEmail = new RateLimit("cv-email", config.maxSubmissionsPerEmail(), config.submissionsWindow());
        retentionCutoff(Instant.EPOCH.plus(Duration.ofDays(365 * 100))); // an invalid kiosque.cv.retention fails here
    }

    // ---- candidates ----------------------------------------------------------------------

    /**
     * Receives a candidate's submission. In order: 503 without an encryption key; 400 naming each
     * invalid field; a retry with a known Idempotency-Key gets the first answer; 429 past the rate
     * limits; 413, 415 or 400 for the file; 410 or 422 for the listing or career sheet; then the
     * submission and its encrypted file are stored in one transaction.
     *
     * @param idempotencyKey the {@code Idempotency-Key} header, or null
     * @param client         the client's address ({@code ClientAddress})
     */
    public CvReceipt submit(CvSubmissionForm form, String idempotencyKey, String client) {
        CvKeys.Key key = keys.current();
        Fields fields = validate(form);
        byte[] keyHash = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKeyHash(idempotencyKey);
        Path file = form.cv.uploadedFile();
        long size = size(file);
        if (keyHash == null) {
            return accept(form, fields, file, size, key, null, null, client);
        }
        byte[] fingerprint = fingerprint(fields, file);
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
            throw tooLarge();
        }
        String contentType = CvFileTypes.detect(file, size);
        Optional<OpenListing> listing = fields.jobSlug() == null ? Optional.empty() : Optional.of(openListing(fields.jobSlug()));
        if (fields.desiredProfile() != null) {
            requireProfile(fields.desiredProfile());
        }
        String fileName = fileName(form.cv.fileName(), contentType);
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
        received(receipt);
        return receipt;
    }

    /**
     * The one place a new submission is announced, once it is committed (a retry that replays the
     * first answer is not a new one). Its {@code cv.received} webhook was written to the outbox in the
     * storing transaction.
     */
    private void received(CvReceipt receipt) {
        LOG.infof("CV submission %s received", receipt.id());
    }

    private CvReceipt store(Fields fields, OpenListing listing, Path file, long size, String contentType, String fileName,
            CvKeys.Key key, byte[] keyHash, byte[] fingerprint) {
        Instant now = now();
        String token = newDeletionToken();
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
        s.deletionTokenHash = sha256(token.getBytes(StandardCharsets.UTF_8));
        s.idempotencyKeyHash = keyHash;
        s.requestFingerprint = fingerprint;
        s.replayToken = keyHash == null ? null : CvCipher.sealToken(key.secret(), s.id, token);
        s.receivedAt = now;
        s.updatedAt = now;
        s.chunkCount = (int) Math.max(1, (size + CvCipher.CHUNK_SIZE - 1) / CvCipher.CHUNK_SIZE);
        submissions.persistAndFlush(s);
        files.write(s.id, file, size, key, null);
        return new CvReceipt(s.id, s.receivedAt, s.status, token);
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

    /** The candidate erases their submission with its token: 404 unknown, 401 without a token, 403 with another one. */
    @Transactional
    public void deleteWithToken(UUID id, String token) {
        // locked: of two parallel erasures with the token, the second waits and then answers 404
        CvSubmission s = submissions.findByIdForUpdate(id).orElseThrow(() -> unknown(id));
        if (token == null || token.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "Envoyez le jeton de suppression reçu au dépôt dans l'en-tête X-Deletion-Token.", null,
                    Map.of("WWW-Authenticate", "Deletion-Token"));
        }
        if (!MessageDigest.isEqual(sha256(token.strip().getBytes(StandardCharsets.UTF_8)), s.deletionTokenHash)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Ce jeton ne permet pas d'effacer cette candidature.");
        }
        audit.record(now(), CANDIDATE, CvAuditAction.CANDIDATE_DELETE, id, null);
        submissions.erase(List.of(id));
        LOG.infof("CV submission %s erased by its candidate", id);
    }

    // ---- staff ----------------------------------------------------------------------------

    @Transactional
    public Page<CvViews.SubmissionSummary> list(CvFilter filter, PageRequest page, String actor) {
        long total = submissions.count(filter);
        List<CvSubmission> found = total == 0 ? List.of() : submissions.page(filter, page);
        audit.recordAll(now(), actor, CvAuditAction.LIST, found.stream().map(s -> s.id).toList());
        return Page.of(found.stream().map(CvService::summary).toList(), page, total);
    }

    @Transactional
    public CvViews.Detail get(UUID id, String actor) {
        CvSubmission s = submissions.findById(id).orElseThrow(() -> unknown(id));
        audit.record(now(), actor, CvAuditAction.READ, id, null);
        return detail(s);
    }

    @Transactional
    public CvViews.Detail changeStatus(UUID id, String ifMatch, CvRequests.StatusChange change, String actor) {
        CvSubmission s = submissions.findById(id).orElseThrow(() -> unknown(id));
        Preconditions.requireMatch(ifMatch, s.version);
        String note = change.note() == null ? s.note : PlainText.normalize(change.note());
        if (note != null && note.isEmpty()) {
            note = null;
        }
        if (note != null && PlainText.unstorable(note) != null) {
            throw ProblemException.invalidField("note", "contient un caractère qui ne peut pas être enregistré.");
        }
        boolean changed = s.status != change.status() || !java.util.Objects.equals(s.note, note);
        if (changed) {
            s.status = change.status();
            s.note = note;
            s.updatedAt = now();
            submissions.flush();
        }
        audit.record(now(), actor, CvAuditAction.STATUS_CHANGE, id, change.status().name());
        LOG.infof("CV submission %s is now %s", id, change.status());
        return detail(s);
    }

    /**
     * The file of a submission, checked whole before a byte is sent (a changed, moved or missing
     * chunk is a 409 problem, not a broken download), then decrypted again batch by batch as it is
     * written: never whole in memory.
     */
    public Download download(UUID id, String actor) {
        CvSubmission s = QuarkusTransaction.requiringNew().call(() -> {
            CvSubmission found = submissions.findById(id).orElseThrow(() -> unknown(id));
            audit.record(now(), actor, CvAuditAction.DOWNLOAD, id, null);
            return found;
        });
        UUID sid = s.id;
        int count = s.chunkCount;
        long size = s.fileSize;
        try {
            decrypt(sid, count, size, null);
        } catch (CvCipher.TamperedException e) {
            LOG.warnf("CV submission %s: the stored file fails its integrity check (%s)", sid, e.getMessage());
            throw new ProblemException(ProblemType.CONFLICT, "Le fichier enregistré de cette candidature ne passe pas le contrôle"
                    + " d'intégrité (modifié, déplacé ou tronqué) : il n'est pas servi.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InputStream body = new CvFileStream(sid, count, size,
                from -> QuarkusTransaction.requiringNew().call(() -> files.read(sid, from)),
                (chunk, last) -> CvCipher.decryptChunk(keys.byId(chunk.keyId()), chunk.nonce(), sid, chunk.seq(), last, chunk.ciphertext()));
        return new Download(sid, s.fileName, s.contentType, size, body);
    }

    /** Decrypts the file batch by batch, each read in a short transaction of its own; writes it to {@code out} when given. */
    private void decrypt(UUID id, int count, long size, OutputStream out) throws CvCipher.TamperedException, IOException {
        int next = 0;
        long total = 0;
        while (next < count) {
            int from = next;
            List<CvFileStore.Chunk> batch = QuarkusTransaction.requiringNew().call(() -> files.read(id, from));
            if (batch.isEmpty()) {
                throw new CvCipher.TamperedException("chunk " + next + " is missing");
            }
            for (CvFileStore.Chunk chunk : batch) {
                if (chunk.seq() != next) {
                    throw new CvCipher.TamperedException(chunk.seq() >= count ? "there are chunks past the end" : "chunk " + next + " is missing");
                }
                SecretKey key = keys.byId(chunk.keyId());
                byte[] plain = CvCipher.decryptChunk(key, chunk.nonce(), id, chunk.seq(), chunk.seq() == count - 1, chunk.ciphertext());
                total += plain.length;
                if (out != null) {
                    out.write(plain);
                }
                next++;
            }
        }
        if (total != size) {
            throw new CvCipher.TamperedException("the file holds " + total + " bytes, " + size + " were stored");
        }
        if (out == null && QuarkusTransaction.requiringNew().call(() -> !files.read(id, count).isEmpty())) {
            throw new CvCipher.TamperedException("there are chunks past the end");
        }
    }

    @Transactional
    public Page<CvViews.AuditLogEntry> auditLog(UUID submissionId, PageRequest page) {
        long total = audit.count(submissionId);
        List<CvAuditEntry> found = total == 0 ? List.of() : audit.page(submissionId, page);
        return Page.of(found.stream().map(e -> new CvViews.AuditLogEntry(e.id, e.at, e.actor, e.action, e.submissionId, e.detail)).toList(),
                page, total);
    }

    /**
     * Everything held about one candidate e-mail (right of access): their submissions and the
     * team's accesses to them, the first {@value CvViews.CandidateExport#MAX_SUBMISSIONS} and
     * {@value CvViews.CandidateExport#MAX_ACCESSES} with the totals. The export of each
     * submission handed over is recorded.
     */
    @Transactional
    public CvViews.CandidateExport exportCandidate(String email, String actor) {
        Instant now = now();
        String key = email.strip().toLowerCase(Locale.ROOT);
        List<CvSubmission> found = submissions.byEmail(key, CvViews.CandidateExport.MAX_SUBMISSIONS);
        long total = found.size() < CvViews.CandidateExport.MAX_SUBMISSIONS ? found.size() : submissions.countByEmail(key);
        List<CvViews.Access> accesses = audit.aboutCandidate(key, CvViews.CandidateExport.MAX_ACCESSES).stream()
                .map(e -> new CvViews.Access(e.at, e.action, e.submissionId)).toList();
        long totalAccesses = accesses.size() < CvViews.CandidateExport.MAX_ACCESSES ? accesses.size() : audit.countAboutCandidate(key);
        List<UUID> ids = found.stream().map(s -> s.id).toList();
        if (ids.isEmpty()) {
            audit.record(now, actor, CvAuditAction.EXPORT, null, "0");
        } else {
            audit.recordAll(now, actor, CvAuditAction.EXPORT, ids);
        }
        LOG.infof("Candidate data exported: %d of %d CV submission(s)", ids.size(), total);
        return new CvViews.CandidateExport(email.strip(), now, found.stream().map(CvService::detail).toList(),
                Math.toIntExact(total), accesses, Math.toIntExact(totalAccesses));
    }

    /**
     * Erases every submission of one candidate e-mail, files included (right to erasure), in
     * batches whose rows are locked: a parallel erasure of the same e-mail waits and erases
     * nothing twice.
     */
    @Transactional
    public CvViews.CandidateErasure eraseCandidate(String email, String actor) {
        Instant now = now();
        String key = email.strip().toLowerCase(Locale.ROOT);
        int erased = 0;
        while (true) {
            List<UUID> ids = submissions.lockByEmail(key, RETENTION_BATCH);
            audit.recordAll(now, actor, CvAuditAction.ERASE, ids);
            erased += submissions.erase(ids);
            if (ids.size() < RETENTION_BATCH) {
                break;
            }
        }
        if (erased == 0) {
            audit.record(now, actor, CvAuditAction.ERASE, null, "0");
        }
        LOG.infof("Candidate data erased: %d CV submission(s)", erased);
        return new CvViews.CandidateErasure(erased);
    }

    // ---- retention ------------------------------------------------------------------------

    @Scheduled(identity = "cv-retention", every = "${kiosque.cv.purge-every}", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledRetention() {
        eraseExpired();
    }

    /**
     * Erases the submissions received before the retention period ({@code kiosque.cv.retention}),
     * files included, in batches that lock their rows and skip those another instance is erasing;
     * forgets Idempotency-Keys past their window. Returns how many submissions were erased.
     */
    public int eraseExpired() {
        Instant now = now();
        Instant cutoff = retentionCutoff(now);
        int erased = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> due = submissions.lockDue(cutoff, RETENTION_BATCH);
                audit.recordAll(now, SYSTEM, CvAuditAction.RETENTION_ERASE, due);
                return submissions.erase(due);
            });
            erased += done;
            if (done < RETENTION_BATCH) {
                break;
            }
        }
        int forgotten = QuarkusTransaction.requiringNew().call(() -> submissions.forgetIdempotencyKeys(now.minus(config.idempotencyWindow())));
        if (erased > 0 || forgotten > 0) {
            LOG.infof("CV retention: erased %d submission(s) received before %s; forgot %d idempotency key(s)", erased, cutoff, forgotten);
        } else {
            LOG.debugf("CV retention: nothing received before %s", cutoff);
        }
        return erased;
    }

    Instant retentionCutoff(Instant now) {
        String value = config.retention().strip().toUpperCase(Locale.ROOT);
        try {
            if (value.contains("T")) {
                return now.minus(Duration.parse(value));
            }
            return now.atZone(ZoneOffset.UTC).minus(Period.parse(value)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("kiosque.cv.retention is not an ISO-8601 period (P24M, P730D) or duration: " + value);
        }
    }

    // ---- rules ----------------------------------------------------------------------------

    /** The form's fields, normalized and valid. */
    record Fields(String firstName, String lastName, String email, String phone, String desiredProfile, String jobSlug,
            String location, String message) {
    }

    private Fields validate(CvSubmissionForm form) {
        List<FieldError> errors = new ArrayList<>();
        String firstName = text(errors, "firstName", form.firstName, true, 100);
        String lastName = text(errors, "lastName", form.lastName, true, 100);
        String email = text(errors, "email", form.email, true, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "doit être une adresse e-mail valide"));
        }
        String phone = text(errors, "phone", form.phone, false, 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "doit être un numéro de téléphone (chiffres, espaces, + . - ( ))"));
        }
        String profile = slug(errors, "desiredProfile", form.desiredProfile);
        String job = slug(errors, "jobSlug", form.jobSlug);
        if (profile == null && job == null && errors.stream().noneMatch(e -> e.field().equals("desiredProfile") || e.field().equals("jobSlug"))) {
            errors.add(new FieldError("desiredProfile", "desiredProfile (une fiche métier) ou jobSlug (une offre) est requis"));
        }
        String location = text(errors, "location", form.location, true, 120);
        String message = text(errors, "message", form.message, false, config.maxMessageLength());
        if (form.consent == null || !form.consent.strip().equalsIgnoreCase("true")) {
            errors.add(new FieldError("consent", "doit valoir true : l'accord à la politique de confidentialité est requis"));
        }
        if (form.cv == null || form.cv.uploadedFile() == null) {
            errors.add(new FieldError("cv", "le fichier CV est requis"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "La candidature est incomplète ou invalide : "
                    + String.join(", ", errors.stream().map(FieldError::field).distinct().toList()) + ".", List.copyOf(errors), Map.of());
        }
        return new Fields(firstName, lastName, email, phone, profile, job, location, message);
    }

    private static String text(List<FieldError> errors, String field, String raw, boolean required, int max) {
        String value = PlainText.normalize(raw);
        if (value == null || value.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "ne doit pas être vide"));
            }
            return null;
        }
        if (PlainText.unstorable(value) != null) {
            errors.add(new FieldError(field, "contient un caractère qui ne peut pas être enregistré"));
            return null;
        }
        if (PlainText.length(value) > max) {
            errors.add(new FieldError(field, "doit faire " + max + " caractères au plus"));
            return null;
        }
        if (!field.equals("message") && value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
            errors.add(new FieldError(field, "ne doit pas contenir de caractère de contrôle"));
            return null;
        }
        if (!PlainText.hasVisibleText(value)) {
            if (required) {
                errors.add(new FieldError(field, "ne doit pas être vide"));
            }
            return null;
        }
        return value;
    }

    private static String slug(List<FieldError> errors, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!Slugs.isValid(raw.strip())) {
            errors.add(new FieldError(field, "doit être un slug (minuscules, chiffres et tirets)"));
            return null;
        }
        return raw.strip();
    }

    private OpenListing openListing(String slug) {
        Optional<OpenListing> open = jobs.openListing(slug);
        if (open.isPresent()) {
            if (!open.get().acceptsKiosqueApplications()) {
                throw ProblemException.unprocessableField("jobSlug",
                        "Cette offre reçoit les candidatures sur le site de l'employeur, pas par Kiosque.");
            }
            return open.get();
        }
        try {
            jobs.publishedBySlug(slug);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.GONE) {
                throw new ProblemException(ProblemType.GONE, "L'offre « " + slug + " » est fermée ou expirée :"
                        + " elle n'accepte plus de candidatures.");
            }
        }
        throw ProblemException.unprocessableField("jobSlug", "Aucune offre ouverte ne porte le slug « " + slug + " ».");
    }

    private void requireProfile(String slug) {
        try {
            profiles.publishedBySlug(slug);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw ProblemException.unprocessableField("desiredProfile", "Aucune fiche métier ne porte le slug « " + slug + " ».");
            }
            throw e;
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "Le CV dépasse la taille permise ("
                + config.maxFileSize().asLongValue() / (1024 * 1024) + " Mo).");
    }

    private static byte[] idempotencyKeyHash(String key) {
        String value = key.strip();
        if (!IDEMPOTENCY_KEY.matcher(value).matches()) {
            throw ProblemException.invalidField("Idempotency-Key", "1 à 200 caractères ASCII visibles.");
        }
        return sha256(value.getBytes(StandardCharsets.US_ASCII));
    }

    /** What makes two submissions the same request: every field and the file's bytes. */
    private static byte[] fingerprint(Fields fields, Path file) {
        MessageDigest digest = sha256();
        for (String part : new String[] { fields.firstName(), fields.lastName(), fields.email(), fields.phone(),
                fields.desiredProfile(), fields.jobSlug(), fields.location(), fields.message() }) {
            digest.update((part == null ? "\u0001" : part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.digest();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The original file name as metadata: no directory, no control or format characters, none of
     * {@code \ / : * ? " < > | ;}, at most 150 characters, with the extension of the detected type.
     */
    static String fileName(String original, String contentType) {
        String extension = switch (contentType) {
            case CvFileTypes.PDF -> ".pdf";
            case CvFileTypes.DOCX -> ".docx";
            default -> ".odt";
        };
        String name = original == null ? "" : PlainText.normalize(original);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || ":*?\"<>|;".indexOf(cp) >= 0) {
                clean.append('_');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        name = clean.toString().strip().replaceAll("^\\.+", "");
        if (name.toLowerCase(Locale.ROOT).endsWith(extension)) {
            name = name.substring(0, name.length() - extension.length()).strip();
        }
        if (PlainText.length(name) > 150) {
            name = name.substring(0, name.offsetByCodePoints(0, 150));
        }
        return (name.isEmpty() ? "cv" : name) + extension;
    }

    static CvViews.SubmissionSummary summary(CvSubmission s) {
        return new CvViews.SubmissionSummary(s.id, s.receivedAt, s.status, s.firstName, s.lastName, s.email, s.location, s.desiredProfile,
                job(s), file(s), s.version);
    }

    static CvViews.Detail detail(CvSubmission s) {
        return new CvViews.Detail(s.id, s.receivedAt, s.status, s.firstName, s.lastName, s.email, s.phone, s.location,
                s.desiredProfile, job(s), s.message, new CvViews.Consent(s.consentVersion, s.consentedAt), file(s), s.note,
                s.updatedAt, s.version);
    }

    private static CvViews.Job job(CvSubmission s) {
        return s.jobSlug == null ? null : new CvViews.Job(s.jobSlug, s.jobTitle);
    }

    private static CvViews.File file(CvSubmission s) {
        return new CvViews.File(s.fileName, s.contentType, s.fileSize);
    }

    private static ProblemException unknown(UUID id) {
        return ProblemException.notFound("Aucune candidature à l'identifiant " + id + ".");
    }

    private static String newDeletionToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private Instant now() {
        return Now.of(clock);
    }
}
