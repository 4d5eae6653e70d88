package fr.kiosque.cv;

/** Where a submission stands with the recruitment team. */
public enum CvStatus {
    NEW, REVIEWED, SHORTLISTED, REJECTED, ARCHIVED
}
