package fr.kiosque.job;

/** How much of the job can be done remotely. */
public enum RemoteWork {
    ON_SITE("Sur site"),
    HYBRID("Hybride"),
    FULL_REMOTE("Télétravail complet");

    private final String label;

    RemoteWork(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
