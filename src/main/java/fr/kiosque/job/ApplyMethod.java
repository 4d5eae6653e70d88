package fr.kiosque.job;

/**
 * How candidates apply: through Kiosque (the CV submission API, {@code POST /api/v1/cv-submissions}
 * with the listing's slug) or on the employer's site.
 */
public enum ApplyMethod {
    KIOSQUE, EXTERNAL_URL
}
