package fr.kiosque.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The JWT signing keys kept in table {@code jwt_key} are encrypted with
 * {@code kiosque.jwt.key-encryption-key} (set in the test profile): a dump of the table holds
 * nothing that parses as a private key, and keys stored in clear before the setting are encrypted
 * at start, once, however many instances start together.
 */
@QuarkusTest
class JwtKeyEncryptionTest {

    @Inject
    DataSource dataSource;

    @Inject
    JwtKeys keys;

    @Inject
    AuthConfig config;

    @Test
    void nothingInADumpOfTheKeyTableParsesAsAPrivateKey() throws Exception {
        Tokens.admin(); // a key exists and signs
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from jwt_key");
                ResultSet rows = select.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    values.add(rows.getString(i));
                }
                assertThat(rows.getString("private_key")).startsWith(JwtKeyCipher.PREFIX);
            }
        }
        assertThat(values).isNotEmpty();
        for (String value : values) {
            assertThat(parsesAsPrivateKey(value)).as("a private key in the dump: %s", value).isFalse();
        }
    }

    @Test
    void keysStoredInClearAreEncryptedOnceEvenByInstancesStartingTogether() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        String publicPem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        String kid = "clair-" + System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into jwt_key (kid, public_key, private_key, created_at, signs_from) values (?, ?, ?, ?, ?)")) {
            // an old key (as a database from before the setting holds), never the one that signs
            Instant old = Instant.parse("2020-01-01T00:00:00Z");
            insert.setString(1, kid);
            insert.setString(2, publicPem);
            insert.setString(3, pem);
            insert.setObject(4, old.atOffset(ZoneOffset.UTC));
            insert.setObject(5, old.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        try {
            List<Integer> encrypted = Concurrently.times(4, i -> new JwtKeys(dataSource, java.time.Clock.systemUTC(), config, true)
                    .encryptStoredKeys());
            assertThat(encrypted.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);

            String stored = privateKeyOf(kid);
            assertThat(stored).startsWith(JwtKeyCipher.PREFIX);
            assertThat(parsesAsPrivateKey(stored)).isFalse();
            // it opens with the setting, to the same key
            String opened = JwtKeyCipher.of(config).open(kid, stored);
            assertThat(opened).isEqualTo(pem);
            // moved to another row, it does not
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> JwtKeyCipher.of(config).open("autre", stored))
                    .isInstanceOf(IllegalStateException.class);
            // without the setting, a start says so rather than using a key it cannot read
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JwtKeyCipher(Optional.empty(), List.of()).open(kid, stored))
                    .hasMessageContaining("KIOSQUE_JWT_KEY_ENCRYPTION_KEY");
        } finally {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement("delete from jwt_key where kid = ?")) {
                delete.setString(1, kid);
                delete.executeUpdate();
            }
        }
        keys.refresh();
    }

    @Test
    void aRotatedEncryptionKeyStillOpensWhatThePreviousOneSealed() {
        String previous = Base64.getEncoder().encodeToString(new byte[32]);
        String next = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        JwtKeyCipher before = new JwtKeyCipher(Optional.of(previous), List.of());
        String sealed = before.seal("k1", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        JwtKeyCipher after = new JwtKeyCipher(Optional.of(next), List.of(previous));
        assertThat(after.outdated(sealed)).isTrue();
        assertThat(after.open("k1", sealed)).contains("AAAA");
        assertThat(after.outdated(after.seal("k1", after.open("k1", sealed)))).isFalse();
    }

    private String privateKeyOf(String kid) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select private_key from jwt_key where kid = ?")) {
            select.setString(1, kid);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** Whether a value, as PEM or bare base64 (of the whole value or of any part after a colon), decodes to an RSA private key. */
    private static boolean parsesAsPrivateKey(String value) {
        if (value == null) {
            return false;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(value.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        for (String part : value.split(":")) {
            candidates.add(part.replaceAll("\\s", ""));
        }
        for (String candidate : candidates) {
            try {
                byte[] der = Base64.getDecoder().decode(candidate);
                PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
                if (key != null) {
                    return true;
                }
            } catch (Exception e) {
                // not a private key
            }
        }
        return false;
    }
}
