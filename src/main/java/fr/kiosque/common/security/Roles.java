package fr.kiosque.common.security;

import java.util.Set;

/** Staff roles, as they appear in tokens' {@code groups} claim and in accounts. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String MODERATOR = "moderator";
    public static final String RECRUITER = "recruiter";

    public static final Set<String> ALL = Set.of(ADMIN, EDITOR, MODERATOR, RECRUITER);
    /** How many roles there are ({@code ALL.size()}, as a constant for annotations): an account holds each once at most. */
    public static final int COUNT = 4;

    private Roles() {
    }
}
