package fr.kiosque.cv;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * The AES-256 keys that encrypt CV files, from configuration only: they are never written to the
 * database that holds the files, so a dump of it holds no readable CV. New files use the current
 * key ({@code kiosque.cv.encryption-key}, id {@code kiosque.cv.key-id}); older files name the key
 * they were encrypted with, which may be the current one or one of {@code kiosque.cv.previous-keys}.
 * <p>
 * Without a current key, dev and test mode make one for the process ({@code kiosque.cv.dev-key}:
 * their CVs are unreadable after a restart); production starts, warns once, and refuses CV
 * submissions with a 503.
 */
@ApplicationScoped
class CvKeys {

    private static final Logger LOG = Logger.getLogger(CvKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Key(String id, SecretKey secret) {
    }

    private final Key current;
    private final Map<String, SecretKey> byId = new LinkedHashMap<>();

    @Inject
    CvKeys(CvConfig config) {
        this(config.encryptionKey().filter(k -> !k.isBlank()), config.keyId().strip(), config.previousKeys().orElse(List.of()),
                config.devKey() && LaunchMode.current() != LaunchMode.NORMAL);
    }

    CvKeys(Optional<String> currentKey, String currentId, List<String> previous, boolean makeOne) {
        for (String entry : previous) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("kiosque.cv.previous-keys: each entry is id=base64key (an entry has no id)");
            }
            String id = entry.substring(0, eq).strip();
            byId.put(id, parse("kiosque.cv.previous-keys (" + id + ")", entry.substring(eq + 1).strip()));
        }
        if (currentKey.isPresent()) {
            current = new Key(currentId, parse("kiosque.cv.encryption-key", currentKey.get().strip()));
        } else if (makeOne) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            current = new Key(currentId, new SecretKeySpec(bytes, "AES"));
        } else {
            current = null;
        }
        if (current != null) {
            byId.put(current.id(), current.secret());
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (current == null) {
            LOG.warn("kiosque.cv.encryption-key is not set: CV submissions are refused (503) until it is. Set KIOSQUE_CV_ENCRYPTION_KEY"
                    + " to 32 random bytes in base64 (openssl rand -base64 32), the same on every instance; see docs/cv.md.");
        } else if (LaunchMode.current() != LaunchMode.NORMAL && byId.size() == 1) {
            LOG.debug("CV files are encrypted with a key made for this process (dev or test mode)");
        }
    }

    boolean configured() {
        return current != null;
    }

    /** The key new files are encrypted with; 503 when none is configured. */
    Key current() {
        if (current == null) {
            throw uploadsNotConfigured();
        }
        return current;
    }

    /** The key of that id, to read a file encrypted with it; 503 when it is not configured (any more). */
    SecretKey byId(String id) {
        SecretKey key = byId.get(id);
        if (key == null) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "La clé « " + id + " » qui chiffre ce fichier n'est pas"
                    + " configurée (kiosque.cv.encryption-key ou kiosque.cv.previous-keys) : il ne peut pas être lu.");
        }
        return key;
    }

    static ProblemException uploadsNotConfigured() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "Le dépôt de CV n'est pas configuré sur ce serveur (aucune clé de chiffrement) : réessayez plus tard.");
    }

    private static SecretKey parse(String name, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not base64: set 32 random bytes in base64 (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(name + " holds " + bytes.length + " bytes: an AES-256 key is 32 bytes"
                    + " (openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
