package fr.kiosque.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.TestClock;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;

/**
 * With no key configured (the test profile configures none), tokens are signed with a key pair
 * kept in the database: a token survives a restart and works on a second instance, the key is
 * generated once however many instances start together, keys rotate without breaking the tokens
 * already issued, and a token signed with any other key is refused.
 */
@QuarkusTest
class JwtKeysTest {

    private static final String STAFF_READ = "/api/v1/admin/sections";
    private static final String ISSUER = "https://kiosque.fr/api";

    @Inject
    JwtKeys keys;

    @Inject
    DataSource dataSource;

    @Inject
    AuthConfig config;

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theTestProfileUsesTheDatabaseKeys() throws SQLException {
        assertThat(keys.inUse()).isTrue();
        assertThat(rows()).isNotEmpty();
    }

    /**
     * What a restarted process, or a second instance on the same database, does: it knows nothing
     * but the database. Here, once with a verifier built from the rows alone (plain JDBC and
     * SmallRye JWT's parser), once with a second {@link JwtKeys} of its own.
     */
    @Test
    void aTokenVerifiesWithNothingButTheDatabaseAsARestartOrASecondInstanceWould() throws Exception {
        String token = Tokens.admin();
        String kid = header(token).getString("kid");
        assertThat(kid).isNotBlank();

        // a verifier from scratch: the row named by the token's kid, SmallRye JWT's own parser
        String publicPem = rows().stream().filter(row -> row.kid().equals(kid)).findFirst().orElseThrow().publicPem();
        JWTAuthContextInfo context = new JWTAuthContextInfo(JwtKeyMaterial.publicKey(publicPem), ISSUER);
        JsonWebToken parsed = new DefaultJWTParser(context).parse(token);
        assertThat(parsed.getName()).isEqualTo("tokens-admin@kiosque.test");
        assertThat(parsed.getGroups()).containsExactly("admin");

        // a second instance: its own JwtKeys on the same database, started after the token was issued
        JwtKeys secondInstance = new JwtKeys(dataSource, clock, config, true);
        secondInstance.refresh();
        assertThat(secondInstance.signingKey().kid()).isEqualTo(keys.signingKey().kid());
        JsonWebToken verified = new DefaultJWTParser(
                new JWTAuthContextInfo(secondInstance.verificationKey(kid).orElseThrow(), ISSUER)).parse(token);
        assertThat(verified.getSubject()).isEqualTo(parsed.getSubject());

        // and a token the second instance signs opens this one's staff API
        String fromSecond = secondInstance.sign(Jwt.issuer(ISSUER).subject(parsed.getSubject()).upn(parsed.getName())
                .groups(Set.of("admin")).claim("cv", claims(token).getInt("cv")).claim("sid", claims(token).getString("sid"))
                .expiresIn(600));
        given().header("Authorization", "Bearer " + fromSecond).when().get(STAFF_READ).then().statusCode(200);

        // this instance reading the table again (as at a restart) still accepts the first token
        keys.refresh();
        given().header("Authorization", "Bearer " + token).when().get(STAFF_READ).then().statusCode(200);
    }

    @Test
    void tokensSignedWithAnyOtherKeyAreRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey foreign = generator.generateKeyPair().getPrivate();
        String realToken = Tokens.admin();
        JsonPath real = claims(realToken);
        String kid = header(realToken).getString("kid");

        String withOurKid = Jwt.issuer(ISSUER).subject(real.getString("sub")).upn(real.getString("upn"))
                .groups(Set.of("admin")).claim("cv", real.getInt("cv")).expiresIn(600)
                .jws().keyId(kid).sign(foreign);
        String withoutKid = Jwt.issuer(ISSUER).subject(real.getString("sub")).upn(real.getString("upn"))
                .groups(Set.of("admin")).claim("cv", real.getInt("cv")).expiresIn(600).sign(foreign);
        String unknownKid = Jwt.issuer(ISSUER).subject(real.getString("sub")).upn(real.getString("upn"))
                .groups(Set.of("admin")).claim("cv", real.getInt("cv")).expiresIn(600)
                .jws().keyId("inconnue").sign(foreign);
        String unsigned = base64Url("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}") + "."
                + realToken.split("\\.")[1] + ".";

        for (String forged : List.of(withOurKid, withoutKid, unknownKid, unsigned)) {
            given().header("Authorization", "Bearer " + forged)
                    .when().get(STAFF_READ)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("urn:kiosque:problem:unauthorized"));
        }
        given().header("Authorization", "Bearer " + realToken).when().get(STAFF_READ).then().statusCode(200);
    }

    /**
     * Rotation, with instances racing: once the newest key is older than kiosque.jwt.key-rotation,
     * eight instances refreshing at once generate exactly one key; it waits before signing so
     * that every instance knows it; tokens of the previous key keep working until they have all
     * expired, when the previous key is deleted. The same lock makes the first start create one key.
     */
    @Test
    void keysRotateOnceWhateverTheRaceAndEarlierTokensKeepWorkingUntilTheyExpire() throws Exception {
        List<KeyRow> original = rows();
        String oldToken = Tokens.admin();
        String oldKid = header(oldToken).getString("kid");
        try {
            clock.advance(config.keyRotation().plusMinutes(1));

            List<Boolean> generated = Concurrently.times(8, i -> new JwtKeys(dataSource, clock, config, true).rotateIfDue());
            assertThat(generated).containsOnlyOnce(true);
            assertThat(rows()).hasSize(original.size() + 1);
            assertThat(new JwtKeys(dataSource, clock, config, true).rotateIfDue()).isFalse();

            // announced, not yet signing: every instance verifies with both keys
            keys.refresh();
            assertThat(keys.signingKey().kid()).isEqualTo(oldKid);
            String newKid = rows().stream().map(KeyRow::kid).filter(kid -> original.stream().noneMatch(o -> o.kid().equals(kid)))
                    .findFirst().orElseThrow();
            assertThat(keys.verificationKey(newKid)).isPresent();

            // once its time has come, new tokens use the new key and the old ones still work
            clock.advance(keys.activationDelay());
            String newToken = login();
            assertThat(header(newToken).getString("kid")).isEqualTo(newKid);
            given().header("Authorization", "Bearer " + newToken).when().get(STAFF_READ).then().statusCode(200);
            given().header("Authorization", "Bearer " + oldToken).when().get(STAFF_READ).then().statusCode(200);

            // when every token of the old key has expired, the old key is deleted (and would verify nothing)
            clock.advance(config.tokenLifetime().plus(keys.activationDelay()).plusMinutes(6));
            keys.refresh();
            assertThat(rows()).extracting(KeyRow::kid).containsExactly(newKid);
            assertThat(keys.verificationKey(oldKid)).isEmpty();
            given().header("Authorization", "Bearer " + oldToken).when().get(STAFF_READ).then().statusCode(401);
            given().header("Authorization", "Bearer " + newToken).when().get(STAFF_READ).then().statusCode(200);
        } finally {
            // put the keys back as they were: the rest of the test run holds tokens of the original key
            clock.reset();
            restore(original);
            keys.refresh();
        }
        given().header("Authorization", "Bearer " + oldToken).when().get(STAFF_READ).then().statusCode(200);
    }

    /** Eight instances starting together on an empty database generate one key, which signs at once. */
    @Test
    void onAnEmptyTableInstancesStartingTogetherGenerateOneKey() throws Exception {
        List<KeyRow> original = rows();
        try {
            restore(List.of());

            List<String> signingKids = Concurrently.times(8, i -> {
                JwtKeys instance = new JwtKeys(dataSource, clock, config, true);
                instance.refresh();
                return instance.signingKey().kid();
            });

            List<KeyRow> rows = rows();
            assertThat(rows).hasSize(1);
            assertThat(signingKids).containsOnly(rows.get(0).kid());
            assertThat(rows.get(0).signsFrom()).isEqualTo(rows.get(0).createdAt());
            assertThat(Concurrently.times(8, i -> new JwtKeys(dataSource, clock, config, true).rotateIfDue()))
                    .containsOnly(false);
        } finally {
            restore(original);
            keys.refresh();
        }
        given().header("Authorization", "Bearer " + Tokens.admin()).when().get(STAFF_READ).then().statusCode(200);
    }

    @Test
    void aVerifierWithoutTheKeyRefusesOurTokens() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        JWTAuthContextInfo otherKey = new JWTAuthContextInfo(generator.generateKeyPair().getPublic(), ISSUER);
        assertThatThrownBy(() -> new DefaultJWTParser(otherKey).parse(Tokens.admin())).isInstanceOf(ParseException.class);
    }

    @Test
    void refreshIntervalsReadTheWayTheSchedulerDoes() {
        assertThat(JwtKeys.parseEvery("1m")).contains(Duration.ofMinutes(1));
        assertThat(JwtKeys.parseEvery("30s")).contains(Duration.ofSeconds(30));
        assertThat(JwtKeys.parseEvery("PT2H")).contains(Duration.ofHours(2));
        assertThat(JwtKeys.parseEvery("off")).isEmpty();
    }

    // ---- helpers ---------------------------------------------------------------------------

    private record KeyRow(String kid, String publicPem, String privatePem, OffsetDateTime createdAt, OffsetDateTime signsFrom) {
    }

    private List<KeyRow> rows() throws SQLException {
        List<KeyRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select kid, public_key, private_key, created_at, signs_from from jwt_key order by signs_from");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new KeyRow(result.getString(1), result.getString(2), result.getString(3),
                        result.getObject(4, OffsetDateTime.class), result.getObject(5, OffsetDateTime.class)));
            }
        }
        return rows;
    }

    private void restore(List<KeyRow> original) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement delete = connection.prepareStatement("delete from jwt_key")) {
                delete.executeUpdate();
            }
            for (KeyRow row : original) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into jwt_key (kid, public_key, private_key, created_at, signs_from) values (?, ?, ?, ?, ?)")) {
                    insert.setString(1, row.kid());
                    insert.setString(2, row.publicPem());
                    insert.setString(3, row.privatePem());
                    insert.setObject(4, row.createdAt());
                    insert.setObject(5, row.signsFrom());
                    insert.executeUpdate();
                }
            }
        }
    }

    /** A fresh login of an editor account of its own. */
    private static String login() {
        String email = "rotation-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "un-mot-de-passe-solide", "displayName", "Rotation",
                        "roles", List.of("editor")))
                .when().post("/api/v1/admin/users")
                .then().statusCode(201);
        return Tokens.login(email, "un-mot-de-passe-solide");
    }

    private static JsonPath header(String token) {
        return part(token, 0);
    }

    private static JsonPath claims(String token) {
        return part(token, 1);
    }

    private static JsonPath part(String token, int index) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
