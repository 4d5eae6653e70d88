package fr.kiosque.common.security;

import java.util.Map;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

/**
 * The token that lets the author of a public write (a comment, a CV submission) erase it without
 * an account: a {@link SecretTokens} token given once in the answer, sent back in
 * {@value #HEADER}; only its hash is stored.
 */
public final class DeletionTokens {

    public static final String HEADER = "X-Deletion-Token";

    private DeletionTokens() {
    }

    /** A new token to give the author, and the hash to store. */
    public record Issued(String token, byte[] hash) {
    }

    public static Issued issue() {
        String token = SecretTokens.newToken();
        return new Issued(token, SecretTokens.hash(token));
    }

    /** 401 (with how to send it) when no token was sent. {@code when} ends the sentence: "reçu à la publication". */
    public static void requirePresent(String token, String when) {
        if (token == null || token.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "Envoyez le jeton de suppression " + when + " dans l'en-tête " + HEADER + ".", null,
                    Map.of("WWW-Authenticate", "Deletion-Token"));
        }
    }

    /** 403 with {@code refusal} unless {@code token} is the one whose hash was stored (compared in constant time). */
    public static void requireMatch(String token, byte[] storedHash, String refusal) {
        if (!SecretTokens.matches(token.strip(), storedHash)) {
            throw new ProblemException(ProblemType.FORBIDDEN, refusal);
        }
    }
}
