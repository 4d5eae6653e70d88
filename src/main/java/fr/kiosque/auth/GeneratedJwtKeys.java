package fr.kiosque.auth;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;

/**
 * So that a first {@code java -jar} works without setup: when no JWT key is configured at all,
 * supplies an RSA key pair generated for this process, at the lowest priority so that any
 * configured key wins. {@link AdminBootstrap} logs a warning when it is in use.
 * <p>
 * The source lists no property names: Quarkus records the runtime values it can enumerate at
 * build time into the packaged app, and a key generated during the build must never end up in
 * the jar. It only answers when asked for the two key properties, at run time.
 */
public class GeneratedJwtKeys implements ConfigSourceFactory {

    static final String SOURCE_NAME = "kiosque-generated-jwt-keys";
    static final String VERIFY_KEY = "mp.jwt.verify.publickey";
    static final String SIGN_KEY = "smallrye.jwt.sign.key";

    private static final List<String> CONFIGURED_KEYS = List.of(
            VERIFY_KEY, VERIFY_KEY + ".location", SIGN_KEY, SIGN_KEY + ".location");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        for (String property : CONFIGURED_KEYS) {
            ConfigValue value = context.getValue(property);
            if (value != null && value.getValue() != null && !value.getValue().isBlank()) {
                return List.of();
            }
        }
        return List.of(new Source());
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(50);
    }

    /** Whether this process signs and verifies tokens with a generated key pair. */
    static boolean inUse() {
        String source = ConfigProvider.getConfig().getConfigValue(SIGN_KEY).getSourceName();
        return SOURCE_NAME.equals(source);
    }

    private static final class Source implements ConfigSource {

        @Override
        public Set<String> getPropertyNames() {
            return Set.of();
        }

        @Override
        public String getValue(String propertyName) {
            return switch (propertyName) {
                case VERIFY_KEY -> Keys.PUBLIC_PEM;
                case SIGN_KEY -> Keys.PRIVATE_PEM;
                default -> null;
            };
        }

        @Override
        public String getName() {
            return SOURCE_NAME;
        }

        @Override
        public int getOrdinal() {
            return 50;
        }
    }

    /** One key pair per JVM, made on first use. */
    private static final class Keys {
        static final KeyPair PAIR = generate();
        static final String PUBLIC_PEM = pem("PUBLIC KEY", PAIR.getPublic().getEncoded());
        static final String PRIVATE_PEM = pem("PRIVATE KEY", PAIR.getPrivate().getEncoded());

        private static KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String pem(String type, byte[] der) {
            return "-----BEGIN " + type + "-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END " + type + "-----";
        }
    }
}
