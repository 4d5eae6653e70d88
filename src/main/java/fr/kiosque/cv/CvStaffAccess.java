package fr.kiosque.cv;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.text.PlainText;
import fr.kiosque.common.time.Now;
import fr.kiosque.cv.api.CvRequests;
import fr.kiosque.cv.api.CvViews;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the recruitment team may see and change of submissions, each access written to the audit log. */
@ApplicationScoped
class CvStaffAccess {

    private static final Logger LOG = Logger.getLogger(CvStaffAccess.class);

    /** A file to send: its sanitized name, detected type, size, and its bytes, decrypted as they are read. */
    record Download(UUID id, String fileName, String contentType, long size, InputStream body) {
    }

    @Inject CvSubmissionRepository submissions;
    @Inject CvAuditRepository audit;
    @Inject CvFileStore files;
    @Inject CvKeys keys;
    @Inject Clock clock;

    @Transactional
    Page<CvViews.SubmissionSummary> list(CvFilter filter, PageRequest page, String actor) {
        long total = submissions.count(filter);
        List<CvSubmission> found = total == 0 ? List.of() : submissions.page(filter, page);
        audit.recordAll(now(), actor, CvAuditAction.LIST, found.stream().map(s -> s.id).toList());
        return Page.of(found.stream().map(CvMapper::summary).toList(), page, total);
    }

    @Transactional
    CvViews.Detail get(UUID id, String actor) {
        CvSubmission s = submissions.findById(id).orElseThrow(() -> unknown(id));
        audit.record(now(), actor, CvAuditAction.READ, id, null);
        return CvMapper.detail(s);
    }

    @Transactional
    CvViews.Detail changeStatus(UUID id, String ifMatch, CvRequests.StatusChange change, String actor) {
        CvSubmission s = submissions.findById(id).orElseThrow(() -> unknown(id));
        Preconditions.requireMatch(ifMatch, s.version);
        String note = change.note() == null ? s.note : PlainText.normalize(change.note());
        if (note != null && note.isEmpty()) {
            note = null;
        }
        if (note != null && PlainText.unstorable(note) != null) {
            throw ProblemException.invalidField("note", "contient un caractère qui ne peut pas être enregistré.");
        }
        if (s.status != change.status() || !Objects.equals(s.note, note)) {
            s.status = change.status();
            s.note = note;
            s.updatedAt = now();
            submissions.flush();
        }
        audit.record(now(), actor, CvAuditAction.STATUS_CHANGE, id, change.status().name());
        LOG.infof("CV submission %s is now %s", id, change.status());
        return CvMapper.detail(s);
    }

    /**
     * The file of a submission, checked whole before a byte is sent (a changed, moved or missing
     * chunk is a 409 problem, not a broken download), then decrypted again batch by batch as it is
     * written: never whole in memory.
     */
    Download download(UUID id, String actor) {
        CvSubmission s = QuarkusTransaction.requiringNew().call(() -> {
            CvSubmission found = submissions.findById(id).orElseThrow(() -> unknown(id));
            audit.record(now(), actor, CvAuditAction.DOWNLOAD, id, null);
            return found;
        });
        UUID sid = s.id;
        int count = s.chunkCount;
        long size = s.fileSize;
        try {
            verify(sid, count, size);
        } catch (CvCipher.TamperedException e) {
            LOG.warnf("CV submission %s: the stored file fails its integrity check (%s)", sid, e.getMessage());
            throw new ProblemException(ProblemType.CONFLICT, "Le fichier enregistré de cette candidature ne passe pas le contrôle"
                    + " d'intégrité (modifié, déplacé ou tronqué) : il n'est pas servi.");
        }
        InputStream body = new CvFileStream(sid, count, size,
                from -> QuarkusTransaction.requiringNew().call(() -> files.read(sid, from)),
                (chunk, last) -> CvCipher.decryptChunk(keys.byId(chunk.keyId()), chunk.nonce(), sid, chunk.seq(), last, chunk.ciphertext()));
        return new Download(sid, s.fileName, s.contentType, size, body);
    }

    /** Decrypts the whole file, batch by batch, each read in a short transaction of its own, and keeps nothing. */
    private void verify(UUID id, int count, long size) throws CvCipher.TamperedException {
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
                total += CvCipher.decryptChunk(keys.byId(chunk.keyId()), chunk.nonce(), id, chunk.seq(), chunk.seq() == count - 1,
                        chunk.ciphertext()).length;
                next++;
            }
        }
        if (total != size) {
            throw new CvCipher.TamperedException("the file holds " + total + " bytes, " + size + " were stored");
        }
        if (QuarkusTransaction.requiringNew().call(() -> !files.read(id, count).isEmpty())) {
            throw new CvCipher.TamperedException("there are chunks past the end");
        }
    }

    @Transactional
    Page<CvViews.AuditLogEntry> auditLog(UUID submissionId, PageRequest page) {
        long total = audit.count(submissionId);
        List<CvAuditEntry> found = total == 0 ? List.of() : audit.page(submissionId, page);
        return Page.of(found.stream().map(e -> new CvViews.AuditLogEntry(e.id, e.at, e.actor, e.action, e.submissionId, e.detail)).toList(),
                page, total);
    }

    static ProblemException unknown(UUID id) {
        return ProblemException.notFound("Aucune candidature à l'identifiant " + id + ".");
    }

    private Instant now() {
        return Now.of(clock);
    }
}
