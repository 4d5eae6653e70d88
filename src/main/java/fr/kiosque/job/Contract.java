package fr.kiosque.job;

/** French contract types, with their label (facets) and their schema.org {@code employmentType}. */
public enum Contract {
    CDI("CDI", "FULL_TIME"),
    CDD("CDD", "TEMPORARY"),
    INTERIM("Intérim", "TEMPORARY"),
    FREELANCE("Freelance", "CONTRACTOR"),
    INTERNSHIP("Stage", "INTERN"),
    /** Alternance: Google for Jobs has no apprenticeship type; students look for it among internships. */
    APPRENTICESHIP("Alternance", "INTERN");

    private final String label;
    private final String employmentType;

    Contract(String label, String employmentType) {
        this.label = label;
        this.employmentType = employmentType;
    }

    public String label() {
        return label;
    }

    /** The schema.org / Google for Jobs {@code employmentType}. */
    public String employmentType() {
        return employmentType;
    }
}
