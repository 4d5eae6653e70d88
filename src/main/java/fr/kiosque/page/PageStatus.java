package fr.kiosque.page;

/** A standing page is a draft until published; a published page may go back to draft. */
public enum PageStatus {
    DRAFT, PUBLISHED
}
