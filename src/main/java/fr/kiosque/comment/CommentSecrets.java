package fr.kiosque.comment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;

/**
 * Client-address hashes: a commenter's address is stored only as HMAC-SHA256(address) with the key
 * {@code kiosque.comments.ip-hash-secret}: moderators can tell two comments from one address,
 * nobody can turn the hash back into the address (an IPv4 address would be found by trying them
 * all if the hash had no secret key). Reader tokens are {@code common.security}'s
 * ({@code DeletionTokens}, {@code SecretTokens}).
 */
@ApplicationScoped
class CommentSecrets {

    private static final Logger LOG = Logger.getLogger(CommentSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec ipKey;

    CommentSecrets(CommentsConfig config) {
        byte[] secret;
        if (config.ipHashSecret().isPresent() && !config.ipHashSecret().get().isBlank()) {
            secret = config.ipHashSecret().get().getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            RANDOM.nextBytes(secret);
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                LOG.warn("kiosque.comments.ip-hash-secret is not set: client addresses of comments are hashed with a key made"
                        + " for this process, so the same address hashes differently on other instances and after a restart."
                        + " Set KIOSQUE_COMMENTS_IP_HASH_SECRET (the same long random value on every instance).");
            }
        }
        this.ipKey = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** HMAC-SHA256 of the client address, in hexadecimal. */
    String hashAddress(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(ipKey);
            return HexFormat.of().formatHex(mac.doFinal(clientAddress.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
