package fr.kiosque.cv;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import fr.kiosque.cv.api.CvSubmissionForm;

/**
 * {@code kiosque.cv.*}: uploads, encryption keys, retention and anti-abuse rules of CV submissions
 * (docs/cv.md). Ranges are checked by {@link CvConfigCheck}, not by constraint annotations (see
 * {@link fr.kiosque.common.boot.ConfigChecks}).
 */
@ConfigMapping(prefix = "kiosque.cv")
interface CvConfig {

    /** Largest CV file; larger gets 413 (a declared larger request body before anything reads it). */
    @WithDefault("" + CvSubmissionForm.DEFAULT_MAX_FILE_BYTES)
    MemorySize maxFileSize();

    /**
     * The current key, base64 of 32 random bytes (AES-256): new files are encrypted with it. Never
     * stored in the database. Without it, production refuses CV submissions (503); dev and test
     * make one per process.
     */
    Optional<String> encryptionKey();

    /**
     * Without {@link #encryptionKey()}, make a key for this process (CVs are unreadable after a
     * restart). Honoured in dev and test mode only: production never invents a key.
     */
    @WithDefault("false")
    boolean devKey();

    /** The id recorded with every file encrypted under {@link #encryptionKey()}; change it with the key. */
    @WithDefault("k1")
    String keyId();

    /** Older keys still needed to read older files, as {@code id=base64key}, comma-separated. */
    Optional<List<String>> previousKeys();

    /** Submissions older than this are erased, files included: {@code P24M}, {@code P730D}... */
    @WithDefault("P24M")
    String retention();

    /** How often the retention job runs ({@code off} to disable it on an instance). */
    @WithDefault("1h")
    String purgeEvery();

    /** How long an Idempotency-Key replays the first answer. */
    @WithDefault("PT24H")
    Duration idempotencyWindow();

    /** The version of the privacy notice a candidate accepts with {@code consent=true}. */
    @WithDefault("2026-11")
    String privacyNoticeVersion();

    /** Longest message, in characters. */
    @WithDefault("5000")
    int maxMessageLength();

    /** Submissions one client address may send per {@link #submissionsWindow()}. */
    @WithDefault("5")
    int maxSubmissionsPerClient();

    /** Submissions one e-mail may send per {@link #submissionsWindow()}. */
    @WithDefault("3")
    int maxSubmissionsPerEmail();

    @WithDefault("PT1H")
    Duration submissionsWindow();
}
