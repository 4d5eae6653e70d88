package fr.kiosque.auth;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import fr.kiosque.common.time.Now;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * The keys that sign and verify tokens: configured SmallRye JWT keys win; otherwise RSA key pairs
 * kept in the {@code jwt_key} table (made once under an advisory lock, rotated every
 * {@code kiosque.jwt.key-rotation}, optionally encrypted by {@link JwtKeyCipher}), so tokens work on
 * every instance and survive restarts with zero setup (docs/operations.md, "Rotation of the
 * database keys").
 */
@ApplicationScoped
class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    /** Advisory lock taken while deciding whether to generate a key (7240001 guards admin changes). */
    private static final long KEY_LOCK = 7240002L;
    /** Allowance for clocks of instances that disagree a little. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    static final List<String> VERIFY_KEY_PROPERTIES = List.of("mp.jwt.verify.publickey",
            "mp.jwt.verify.publickey.location", "smallrye.jwt.verify.key", "smallrye.jwt.verify.key.location");
    static final List<String> SIGN_KEY_PROPERTIES = List.of("smallrye.jwt.sign.key", "smallrye.jwt.sign.key.location");

    /** A key pair of the table. */
    record StoredKey(String kid, PublicKey publicKey, PrivateKey privateKey, Instant createdAt, Instant signsFrom) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final AuthConfig config;
    private final boolean inUse;
    private final JwtKeyCipher cipher;
    private volatile List<StoredKey> keys;

    @Inject
    JwtKeys(DataSource dataSource, Clock clock, AuthConfig config) {
        this(dataSource, clock, config, !configured(VERIFY_KEY_PROPERTIES) && !configured(SIGN_KEY_PROPERTIES));
    }

    /** For tests: the database keys whatever the configuration says (a second instance, say). */
    JwtKeys(DataSource dataSource, Clock clock, AuthConfig config, boolean inUse) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
        this.inUse = inUse;
        this.cipher = JwtKeyCipher.of(config);
    }

    /** Whether tokens are signed and verified with the keys of the database (no key is configured). */
    boolean inUse() {
        return inUse;
    }

    void onStart(@Observes StartupEvent event) {
        if (!inUse) {
            boolean verify = configured(VERIFY_KEY_PROPERTIES);
            boolean sign = configured(SIGN_KEY_PROPERTIES);
            if (verify != sign) {
                LOG.warnf("Only a JWT %s key is configured: set both MP_JWT_VERIFY_PUBLICKEY_LOCATION and"
                        + " SMALLRYE_JWT_SIGN_KEY_LOCATION (one key pair), or neither to let Kiosque keep a key pair"
                        + " in the database. Until then %s.", verify ? "verification" : "signing",
                        verify ? "logins fail, as no key signs tokens" : "no token is accepted");
            }
            return;
        }
        if (cipher.enabled()) {
            encryptStoredKeys();
        } else {
            LOG.warn("kiosque.jwt.key-encryption-key (KIOSQUE_JWT_KEY_ENCRYPTION_KEY) is not set: the JWT signing keys are kept"
                    + " in clear in table jwt_key, so a copy of the database can sign tokens. Set it (openssl rand -base64 32, the"
                    + " same on every instance, never in the database): the keys are encrypted at the next start"
                    + " (docs/operations.md, \"JWT keys\").");
        }
        refresh();
        LOG.infof("No JWT key is configured: tokens are signed with key %s, kept in the database (table jwt_key)"
                + " and shared by every instance", signingKey().kid());
    }

    @Scheduled(identity = "refresh-jwt-keys", every = "${kiosque.jwt.key-refresh-every}", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledRefresh() {
        if (inUse) {
            refresh();
        }
    }

    /**
     * Reads the keys of the table; generates one first when there is none or rotation is due,
     * and deletes the keys that can no longer verify an unexpired token.
     */
    synchronized void refresh() {
        Instant now = Now.of(clock);
        List<StoredKey> loaded = load();
        if (rotationDue(loaded, now)) {
            rotateIfDue();
            loaded = load();
        }
        if (!retired(loaded, now).isEmpty()) {
            deleteRetired(now);
            loaded = load();
        }
        keys = loaded;
    }

    /**
     * Generates a key when the table has none or its newest key is older than
     * {@code kiosque.jwt.key-rotation}, under an advisory lock so that instances doing it at the
     * same time generate one. Returns whether this call generated it.
     */
    boolean rotateIfDue() {
        return underKeyLock("read or generate", connection -> {
            Instant now = Now.of(clock);
            List<StoredKey> current = load(connection);
            if (!rotationDue(current, now)) {
                return false;
            }
            // the first key signs at once; a later one once every instance has read it
            Instant signsFrom = current.isEmpty() ? now : now.plus(activationDelay());
            String kid = insert(connection, now, signsFrom);
            LOG.infof("Generated JWT key %s; it signs tokens from %s", kid, signsFrom);
            return true;
        });
    }

    /** Work on the key table in one transaction of its own. */
    @FunctionalInterface
    private interface KeyWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in a transaction that holds the advisory lock guarding the key table
     * (instances starting or rotating together take turns), and commits it.
     */
    private <T> T underKeyLock(String what, KeyWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, KEY_LOCK);
                    lock.execute();
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not " + what + " the JWT keys (table jwt_key)", e);
        }
    }

    /** The key that signs now: the one that most recently started signing. */
    StoredKey signingKey() {
        List<StoredKey> current = current();
        Instant now = clock.instant();
        return current.stream()
                .filter(key -> !key.signsFrom().isAfter(now))
                .max(Comparator.comparing(StoredKey::signsFrom))
                .orElseGet(() -> current.get(0));
    }

    /** The public key named by a token's {@code kid}, among the keys of the table. */
    Optional<PublicKey> verificationKey(String kid) {
        List<StoredKey> current = keys;
        if (current == null || kid == null) {
            return Optional.empty();
        }
        return current.stream().filter(key -> key.kid().equals(kid)).map(StoredKey::publicKey).findFirst();
    }

    /** Signs a token: with the configured key, or with the database key that signs now, named in the header. */
    String sign(JwtClaimsBuilder claims) {
        if (!inUse) {
            return claims.sign();
        }
        StoredKey key = signingKey();
        return claims.jws().keyId(key.kid()).sign(key.privateKey());
    }

    /** The keys of the table as last read. */
    List<StoredKey> current() {
        List<StoredKey> current = keys;
        if (current == null || current.isEmpty()) {
            refresh();
            current = keys;
        }
        return current;
    }

    // ---- the table ------------------------------------------------------------------------

    private List<StoredKey> load() {
        try (Connection connection = dataSource.getConnection()) {
            return load(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the JWT keys (table jwt_key)", e);
        }
    }

    private List<StoredKey> load(Connection connection) throws SQLException {
        List<StoredKey> result = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select kid, public_key, private_key, created_at, signs_from from jwt_key order by signs_from, kid");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                result.add(new StoredKey(rows.getString(1), JwtKeyMaterial.publicKey(rows.getString(2)),
                        JwtKeyMaterial.privateKey(cipher.open(rows.getString(1), rows.getString(3))),
                        rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getObject(5, OffsetDateTime.class).toInstant()));
            }
        }
        return List.copyOf(result);
    }

    private String insert(Connection connection, Instant now, Instant signsFrom) throws SQLException {
        KeyPair pair = JwtKeyMaterial.generate();
        String kid = JwtKeyMaterial.newKid();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into jwt_key (kid, public_key, private_key, created_at, signs_from) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, kid);
            insert.setString(2, JwtKeyMaterial.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            insert.setString(3, cipher.seal(kid, JwtKeyMaterial.pem("PRIVATE KEY", pair.getPrivate().getEncoded())));
            insert.setObject(4, now.atOffset(ZoneOffset.UTC));
            insert.setObject(5, signsFrom.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return kid;
    }

    /**
     * Encrypts the private keys kept in clear (or with a previous encryption key) with
     * {@code kiosque.jwt.key-encryption-key}; under the advisory lock that guards the table, so
     * that instances starting together do it once; a no-op when every key is already encrypted
     * with it. Returns how many keys it encrypted.
     */
    int encryptStoredKeys() {
        int encrypted = underKeyLock("encrypt", connection -> {
            int count = 0;
            try (PreparedStatement select = connection.prepareStatement("select kid, private_key from jwt_key for update");
                    ResultSet rows = select.executeQuery();
                    PreparedStatement update = connection.prepareStatement("update jwt_key set private_key = ? where kid = ?")) {
                while (rows.next()) {
                    String kid = rows.getString(1);
                    String stored = rows.getString(2);
                    if (cipher.outdated(stored)) {
                        update.setString(1, cipher.seal(kid, cipher.open(kid, stored)));
                        update.setString(2, kid);
                        update.executeUpdate();
                        count++;
                    }
                }
            }
            return count;
        });
        if (encrypted > 0) {
            LOG.infof("Encrypted %d JWT key(s) of table jwt_key with kiosque.jwt.key-encryption-key", encrypted);
        }
        return encrypted;
    }

    private void deleteRetired(Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("""
                        delete from jwt_key k where exists (
                            select 1 from jwt_key n where n.signs_from > k.signs_from and n.signs_from <= ?)
                        """)) {
            delete.setObject(1, retiredBefore(now).atOffset(ZoneOffset.UTC));
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Deleted %d JWT key(s) that no unexpired token can use any more", deleted);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete retired JWT keys", e);
        }
    }

    // ---- rules ----------------------------------------------------------------------------

    private boolean rotationDue(List<StoredKey> current, Instant now) {
        Optional<Instant> newest = current.stream().map(StoredKey::createdAt).max(Comparator.naturalOrder());
        return newest.isEmpty() || !newest.get().plus(config.keyRotation()).isAfter(now);
    }

    /**
     * Keys replaced long enough ago that every token they signed has expired: a later key has
     * been signing for longer than a token lives, with an allowance for instances that switched
     * late and clocks that differ.
     */
    private List<StoredKey> retired(List<StoredKey> current, Instant now) {
        Instant cutoff = retiredBefore(now);
        return current.stream()
                .filter(key -> current.stream().anyMatch(
                        later -> later.signsFrom().isAfter(key.signsFrom()) && !later.signsFrom().isAfter(cutoff)))
                .toList();
    }

    private Instant retiredBefore(Instant now) {
        return now.minus(config.tokenLifetime()).minus(activationDelay()).minus(CLOCK_SKEW);
    }

    /** How long a new key waits before signing: three refresh periods (at least two minutes). */
    Duration activationDelay() {
        Duration refresh = parseEvery(config.keyRefreshEvery()).orElse(Duration.ofMinutes(1));
        Duration delay = refresh.multipliedBy(3);
        return delay.compareTo(Duration.ofMinutes(2)) < 0 ? Duration.ofMinutes(2) : delay;
    }

    /** {@code 30s}, {@code 1m}, {@code 2h} or {@code PT1M}; empty for {@code off}. */
    static Optional<Duration> parseEvery(String every) {
        String value = every.strip().toUpperCase(Locale.ROOT);
        if (value.equals("OFF") || value.equals("DISABLED")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.parse(value.startsWith("P") ? value : "PT" + value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean configured(List<String> properties) {
        for (String property : properties) {
            Optional<String> value = ConfigProvider.getConfig().getOptionalValue(property, String.class);
            // NONE is SmallRye JWT's word for "not set" (Quarkus sets it in dev and test mode)
            if (value.isPresent() && !value.get().isBlank() && !"NONE".equals(value.get().strip())) {
                return true;
            }
        }
        return false;
    }
}
