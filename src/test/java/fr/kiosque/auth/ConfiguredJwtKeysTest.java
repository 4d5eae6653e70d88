package fr.kiosque.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/** Configured keys win over the keys kept in the database: Kiosque signs and verifies with them. */
@QuarkusTest
@TestProfile(ConfiguredJwtKeysTest.WithConfiguredKeys.class)
class ConfiguredJwtKeysTest {

    @Inject
    JwtKeys keys;

    @Test
    void tokensAreSignedWithTheConfiguredKeyAndAccepted() throws Exception {
        assertThat(keys.inUse()).isFalse();

        String token = given().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.10")
                .body(Map.of("email", "admin@kiosque.test", "password", "test-admin-password"))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken");

        JsonPath header = JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8));
        assertThat(header.getString("kid")).as("no database key named").isNull();
        // the configured public key verifies it
        JWTAuthContextInfo configured = new JWTAuthContextInfo(
                JwtKeyMaterial.publicKey(Files.readString(WithConfiguredKeys.PUBLIC_KEY)), "https://kiosque.fr/api");
        assertThat(new DefaultJWTParser(configured).parse(token).getName()).isEqualTo("admin@kiosque.test");

        given().header("Authorization", "Bearer " + token).when().get("/api/v1/admin/users").then().statusCode(200);
    }

    /** A key pair written to files, named as production would name them. */
    public static class WithConfiguredKeys implements QuarkusTestProfile {

        static final Path DIRECTORY = Path.of("target", "configured-jwt-keys");
        static final Path PUBLIC_KEY = DIRECTORY.resolve("public.pem");
        static final Path PRIVATE_KEY = DIRECTORY.resolve("private.pem");
        private static boolean written;

        @Override
        public Map<String, String> getConfigOverrides() {
            writeKeysOnce();
            return Map.of("mp.jwt.verify.publickey.location", PUBLIC_KEY.toAbsolutePath().toUri().toString(),
                    "smallrye.jwt.sign.key.location", PRIVATE_KEY.toAbsolutePath().toUri().toString());
        }

        private static synchronized void writeKeysOnce() {
            if (written) {
                return;
            }
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.createDirectories(DIRECTORY);
                Files.writeString(PUBLIC_KEY, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(PRIVATE_KEY, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            written = true;
        }

        private static String pem(String type, byte[] der) {
            return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END " + type + "-----\n";
        }
    }
}
