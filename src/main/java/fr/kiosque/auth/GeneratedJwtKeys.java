package fr.kiosque.auth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * So that a first {@code java -jar} works without setup: when no JWT key is configured at all,
 * supplies an RSA key pair generated for this process (at the lowest priority, so any configured
 * key wins). {@link AdminBootstrap} logs a warning when it is in use.
 */
public class GeneratedJwtKeys implements ConfigSourceFactory {

    static final String SOURCE_NAME = "kiosque-generated-jwt-keys";

    private static final List<String> KEY_PROPERTIES = List.of(
            "mp.jwt.verify.publickey", "mp.jwt.verify.publickey.location",
            "smallrye.jwt.sign.key", "smallrye.jwt.sign.key.location");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        for (String property : KEY_PROPERTIES) {
            ConfigValue value = context.getValue(property);
            if (value != null && value.getValue() != null && !value.getValue().isBlank()) {
                return List.of();
            }
        }
        KeyPair keys = Holder.KEYS;
        return List.of(new PropertiesConfigSource(Map.of(
                "mp.jwt.verify.publickey", pem("PUBLIC KEY", keys.getPublic().getEncoded()),
                "smallrye.jwt.sign.key", pem("PRIVATE KEY", keys.getPrivate().getEncoded())),
                SOURCE_NAME, 50));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    /** Whether this process signs and verifies tokens with a generated key pair. */
    static boolean inUse() {
        return StreamSupport.stream(ConfigProvider.getConfig().getConfigSources().spliterator(), false)
                .anyMatch(source -> SOURCE_NAME.equals(source.getName()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----";
    }

    /** One key pair per JVM, made on first use. */
    private static final class Holder {
        static final KeyPair KEYS = generate();

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
