package fr.kiosque.cv;

/** What was done with candidate data, in the audit log. */
public enum CvAuditAction {
    /** A submission was shown in a staff list. */
    LIST,
    /** A submission was read by staff. */
    READ,
    /** Its file was downloaded. */
    DOWNLOAD,
    /** Its status or note was changed. */
    STATUS_CHANGE,
    /** It was part of an export of a candidate's data (right of access). */
    EXPORT,
    /** It was erased by an admin at the candidate's request (right to erasure). */
    ERASE,
    /** It was erased by the candidate, with their deletion token. */
    CANDIDATE_DELETE,
    /** It was erased at the end of the retention period. */
    RETENTION_ERASE
}
