package fr.kiosque.cv;

import fr.kiosque.cv.api.CvViews;

/** What staff see of a submission: the fields listed on purpose, never the token hashes nor the key. */
final class CvMapper {

    private CvMapper() {
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
}
