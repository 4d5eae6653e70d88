package fr.kiosque.search;

/** What a hit is. */
enum SearchType {
    ARTICLE("article"), JOB("job"), JOB_PROFILE("job-profile");

    /** The value of {@code type} in the query and in a hit. */
    final String code;

    SearchType(String code) {
        this.code = code;
    }

    static SearchType of(String code) {
        for (SearchType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        return null;
    }
}
