package fr.kiosque.cv;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/** No kiosque.cv.encryption-key, as a first production start: CVs are refused with a 503, never stored in clear. */
@QuarkusTest
@TestProfile(CvWithoutKeyTest.NoKey.class)
class CvWithoutKeyTest {

    public static class NoKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kiosque.cv.dev-key", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aSubmissionIsRefusedWith503AndNothingIsStored() throws SQLException {
        CvFixtures.Submission submission = CvFixtures.submission("chef-de-projet-digital");
        submission.send().then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:kiosque:problem:service-unavailable"))
                .body("detail", containsString("pas configuré"));
        CvSubmissionApiTest.exportOf(submission.email()).then().body("submissions.size()", equalTo(0));
    }

    @Test
    void aFileWhoseKeyIsNotConfiguredIsA503NotGarbage() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into cv_submission (id, first_name, last_name, email, email_key,"
                    + " desired_profile, location, consent_version, consented_at, file_name, content_type, file_size, chunk_count,"
                    + " key_id, deletion_token_hash, received_at, updated_at) values (?, 'Camille', 'Durand', 'c@example.org',"
                    + " 'c@example.org', 'chef-de-projet-digital', 'Lyon', '2026-11', now(), 'cv.pdf', 'application/pdf', 10, 1,"
                    + " 'k0', '\\x00', now(), now())")) {
                s.setObject(1, id);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement s = c.prepareStatement("insert into cv_file_chunk (submission_id, seq, key_id, nonce, ciphertext)"
                    + " values (?, 0, 'k0', '\\x000000000000000000000000', '\\x00112233445566778899aabbccddeeff00112233445566778899')")) {
                s.setObject(1, id);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
        }
        given().header("Authorization", CvFixtures.recruiter()).when().get(CvFixtures.ADMIN + "/" + id + "/file")
                .then().statusCode(503).contentType("application/problem+json").body("detail", containsString("k0"));
    }
}
