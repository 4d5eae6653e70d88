package fr.kiosque.comment;

import static fr.kiosque.comment.CommentFixtures.comments;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.mutiny.redis.client.RedisAPI;

/**
 * The application in Redis mode (kiosque.rate-limit.redis=true, against the embedded Redis of the
 * tests) with moderation NONE: comments show at once, and posting is rate-limited by counters kept
 * in Redis, none in PostgreSQL.
 */
@QuarkusTest
@TestProfile(RedisModeTest.RedisAndNoModeration.class)
class RedisModeTest {

    public static class RedisAndNoModeration implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kiosque.rate-limit.redis", "true", "kiosque.comments.moderation", "NONE");
        }
    }

    @Inject
    RedisAPI redis;

    @Inject
    DataSource dataSource;

    @Test
    void commentsShowAtOnceAndPostingIsLimitedThroughRedis() throws SQLException {
        var article = Fixtures.article().create();
        given().get(comments(article.slug())).then().statusCode(200).body("items", hasSize(0)); // cached, then invalidated
        String client = Tokens.randomClient();
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                    .body(CommentFixtures.body("Eva", "Publié aussitôt n° " + i, null))
                    .post(comments(article.slug())).then().statusCode(202).body("status", equalTo("APPROVED"));
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body(CommentFixtures.body("Eva", "Un de trop", null))
                .post(comments(article.slug())).then().statusCode(429).header("Retry-After", notNullValue());

        given().get(comments(article.slug())).then().statusCode(200).body("items", hasSize(5));
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(5));

        String key = "kiosque:rate-limit:comment-client:" + sha256(client);
        assertThat(redis.hget(key, "h").await().atMost(Duration.ofSeconds(5)).toLong()).isEqualTo(6);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from rate_limit where bucket = 'comment-client' and key_hash = '" + sha256(client) + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
