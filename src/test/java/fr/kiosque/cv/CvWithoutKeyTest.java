package fr.kiosque.cv;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
