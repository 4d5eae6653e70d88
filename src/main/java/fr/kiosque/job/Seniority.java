package fr.kiosque.job;

/** Experience asked by a listing, and the seniority of a career sheet's pay bands. */
public enum Seniority {
    /** Débutant (0 to 2 years). */
    JUNIOR,
    /** Confirmé (3 to 5 years). */
    CONFIRMED,
    /** Senior (more than 5 years). */
    SENIOR
}
