package fr.kiosque.cv;

import static fr.kiosque.cv.CvFixtures.SUBMISSIONS;
import static fr.kiosque.cv.CvFixtures.admin;
import static fr.kiosque.cv.CvFixtures.recruiter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** The candidate's side: sending a CV (fields, consent, file types and sizes, listings), retrying, erasing it. */
@QuarkusTest
class CvSubmissionApiTest {

    private static String profile;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void createProfile() {
        if (profile == null) {
            profile = CvFixtures.profile();
        }
    }

    @Test
    void aPdfIsReceivedWithItsIdDateStatusAndDeletionToken() {
        Response response = CvFixtures.submission(profile).send();
        response.then().statusCode(201).contentType("application/json")
                .header("Location", matchesPattern(".*/api/v1/cv-submissions/[0-9a-f-]{36}$"))
                .header("Cache-Control", "private, no-store")
                .body("status", equalTo("NEW"))
                .body("deletionToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("receivedAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"));
        assertThat(response.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrder("id", "receivedAt", "status", "deletionToken");
        assertThat(response.header("Location")).endsWith(response.path("id").toString());
    }

    @Test
    void aDocxAndAnOdtAreReceivedAndRecognizedByTheirContent() {
        CvFixtures.Receipt docx = CvFixtures.submission(profile)
                .file(CvFiles.docx(), "mon-cv.docx", "application/octet-stream").create();
        CvFixtures.Receipt odt = CvFixtures.submission(profile)
                .file(CvFiles.odt(), "mon-cv.odt", "application/octet-stream").create();

        given().header("Authorization", recruiter()).when().get(CvFixtures.ADMIN + "/" + docx.id()).then().statusCode(200)
                .body("file.contentType", equalTo(CvFiles_DOCX)).body("file.name", equalTo("mon-cv.docx"));
        given().header("Authorization", recruiter()).when().get(CvFixtures.ADMIN + "/" + odt.id()).then().statusCode(200)
                .body("file.contentType", equalTo("application/vnd.oasis.opendocument.text"));
    }

    private static final String CvFiles_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void whatIsNotAPdfDocxOrOdtByItsContentIs415() {
        for (byte[] file : List.of(CvFiles.elf(), CvFiles.windowsExecutable(), CvFiles.png(), CvFiles.plainZip())) {
            CvFixtures.submission(profile).file(file, "cv.pdf", "application/pdf").send()
                    .then().statusCode(415).contentType("application/problem+json")
                    .body("type", equalTo("urn:kiosque:problem:unsupported-media-type"));
        }
    }

    @Test
    void anEmptyOrBrokenFileIs400NamingTheFile() {
        CvFixtures.submission(profile).file(new byte[0], "cv.pdf", "application/pdf").send()
                .then().statusCode(400).body("errors.field", hasItem("cv"));
        CvFixtures.submission(profile).file(CvFiles.brokenZip(), "cv.docx", "application/octet-stream").send()
                .then().statusCode(400).body("errors.field", hasItem("cv"));
        byte[] truncated = java.util.Arrays.copyOf(CvFiles.pdf(4000), 3000);
        CvFixtures.submission(profile).file(truncated, "cv.pdf", "application/pdf").send()
                .then().statusCode(400).body("errors.field", hasItem("cv"));
    }

    @Test
    void aFileOverTheLimitIs413() {
        byte[] big = CvFiles.pdf(5 * 1024 * 1024 + 10);
        CvFixtures.submission(profile).file(big, "gros.pdf", "application/pdf").send()
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aDeclaredBodyOverTheUploadLimitIs413BeforeItIsRead() {
        byte[] big = CvFiles.pdf(5 * 1024 * 1024 + 300 * 1024);
        CvFixtures.submission(profile).file(big, "gros.pdf", "application/pdf").send()
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:kiosque:problem:payload-too-large"));
    }

    @Test
    void aFileJustUnderTheLimitIsReceived() {
        byte[] file = CvFiles.pdf(5 * 1024 * 1024 - 2048);
        CvFixtures.submission(profile).file(file, "cv.pdf", "application/pdf").create();
    }

    @Test
    void missingConsentIs400NamingTheField() {
        CvFixtures.submission(profile).field("consent", null).send()
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:kiosque:problem:validation-error"))
                .body("errors.field", equalTo(List.of("consent")));
        CvFixtures.submission(profile).field("consent", "false").send()
                .then().statusCode(400).body("errors.field", equalTo(List.of("consent")));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        Response response = new CvFixtures.Submission().field("firstName", " ").field("email", "pas-un-email")
                .field("phone", "appelez-moi").field("location", null).field("message", "x".repeat(5001)).noFile().send();
        response.then().statusCode(400);
        assertThat(response.jsonPath().getList("errors.field", String.class))
                .containsExactlyInAnyOrder("firstName", "email", "phone", "desiredProfile", "location", "message", "cv");
    }

    @Test
    void anUnknownProfileOrListingIs422() {
        CvFixtures.submission("fiche-inconnue-" + UUID.randomUUID().toString().substring(0, 8)).send()
                .then().statusCode(422).body("errors.field", equalTo(List.of("desiredProfile")));
        new CvFixtures.Submission().field("jobSlug", "offre-inconnue-" + UUID.randomUUID().toString().substring(0, 8)).send()
                .then().statusCode(422).body("errors.field", equalTo(List.of("jobSlug")));
    }

    @Test
    void anApplicationToAnOpenListingRecordsItAndAClosedOneIs410() {
        Map<String, Object> listing = CvFixtures.listing();
        CvFixtures.Receipt receipt = new CvFixtures.Submission().field("jobSlug", (String) listing.get("slug")).create();
        given().header("Authorization", recruiter()).when().get(CvFixtures.ADMIN + "/" + receipt.id()).then().statusCode(200)
                .body("job.slug", equalTo(listing.get("slug"))).body("desiredProfile", equalTo(null));

        given().header("Authorization", recruiter()).header("If-Match", listing.get("etag"))
                .when().post("/api/v1/admin/jobs/" + listing.get("id") + "/close").then().statusCode(200);
        new CvFixtures.Submission().field("jobSlug", (String) listing.get("slug")).send()
                .then().statusCode(410).body("type", equalTo("urn:kiosque:problem:gone"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        CvFixtures.Submission submission = CvFixtures.submission(profile).idempotencyKey(UUID.randomUUID().toString());
        Response first = submission.send();
        Response retry = submission.send();
        first.then().statusCode(201);
        retry.then().statusCode(201).header("Location", first.header("Location"));
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        exportOf(submission.email()).then().body("submissions.size()", equalTo(1));

        submission.field("message", "Un autre message").send()
                .then().statusCode(422).body("errors.field", equalTo(List.of("Idempotency-Key")));
    }

    @Test
    void parallelRetriesWithOneIdempotencyKeyStoreOneSubmission() throws Exception {
        CvFixtures.Submission submission = CvFixtures.submission(profile).idempotencyKey(UUID.randomUUID().toString());
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(submission::send);
        }
        List<Response> answers = Concurrently.run(calls);
        Set<String> ids = new java.util.HashSet<>();
        for (Response answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(201);
            ids.add(answer.path("id"));
        }
        assertThat(ids).hasSize(1);
        exportOf(submission.email()).then().body("submissions.size()", equalTo(1));
    }

    @Test
    void theCandidateErasesTheirSubmissionWithTheToken() {
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).create();
        String path = SUBMISSIONS + "/" + receipt.id();

        given().when().delete(path).then().statusCode(401).contentType("application/problem+json");
        given().header("X-Deletion-Token", "un-autre-jeton").when().delete(path).then().statusCode(403);
        given().header("Authorization", recruiter()).when().get(CvFixtures.ADMIN + "/" + receipt.id()).then().statusCode(200);

        given().header("X-Deletion-Token", receipt.deletionToken()).when().delete(path).then().statusCode(204);
        given().header("X-Deletion-Token", receipt.deletionToken()).when().delete(path).then().statusCode(404);
        given().header("Authorization", recruiter()).when().get(CvFixtures.ADMIN + "/" + receipt.id()).then().statusCode(404);
        given().header("Authorization", recruiter()).when().get(CvFixtures.ADMIN + "/" + receipt.id() + "/file").then().statusCode(404);
    }

    @Test
    void parallelErasuresWithTheTokenEraseOnceAndAreRecordedOnce() throws Exception {
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).create();
        String path = SUBMISSIONS + "/" + receipt.id();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> given().header("X-Deletion-Token", receipt.deletionToken()).when().delete(path).statusCode());
        }
        List<Integer> statuses = Concurrently.run(calls);

        assertThat(statuses).containsOnly(204, 404).containsOnlyOnce(204);
        List<String> actions = given().header("Authorization", admin()).queryParam("submission", receipt.id().toString())
                .when().get("/api/v1/admin/cv-audit").then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(actions).containsOnlyOnce("CANDIDATE_DELETE");
    }

    @Test
    void submissionsAreRateLimitedPerClient() {
        String client = fr.kiosque.support.Tokens.randomClient();
        for (int i = 0; i < 5; i++) {
            CvFixtures.submission(profile).client(client).create();
        }
        CvFixtures.submission(profile).client(client).send()
                .then().statusCode(429).header("Retry-After", matchesPattern("\\d+"))
                .body("type", equalTo("urn:kiosque:problem:too-many-requests"));
    }

    @Test
    void thePerEmailLimitCountsPlusTagVariantsAsOneAddressAndKeepsWhatWasTyped() {
        String local = "camille." + java.util.UUID.randomUUID().toString().substring(0, 8);
        String[] typed = { local + "+jobs@example.org", local + "+cv2@Example.org", local.toUpperCase() + "+x@example.org" };
        for (String email : typed) {
            CvFixtures.Receipt receipt = CvFixtures.submission(profile).field("email", email).create();
            given().header("Authorization", recruiter()).when().get(CvFixtures.ADMIN + "/" + receipt.id())
                    .then().statusCode(200).body("email", equalTo(email));
        }
        CvFixtures.submission(profile).field("email", local + "@example.org").send()
                .then().statusCode(429).header("Retry-After", matchesPattern("\\d+"))
                .body("type", equalTo("urn:kiosque:problem:too-many-requests"))
                .body("detail", org.hamcrest.Matchers.containsString("adresse e-mail"));
    }

    @Test
    void parallelSubmissionsFromPlusTagVariantsOfOneAddressMeetOneLimit() throws Exception {
        String local = "dominique." + java.util.UUID.randomUUID().toString().substring(0, 8);
        List<Integer> statuses = Concurrently.times(6, i -> CvFixtures.submission(profile)
                .field("email", local + "+" + i + "@example.org").send().statusCode());
        assertThat(statuses).containsOnly(201, 429);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
        exportOf(local + "@example.org").then().body("submissions.size()", equalTo(0)); // GDPR: the exact address only
    }

    @Test
    void aFormThatIsNotMultipartIs415() {
        given().contentType("application/json").body("{\"firstName\": \"Camille\"}").when().post(SUBMISSIONS)
                .then().statusCode(415).contentType(startsWith("application/problem+json"));
    }

    static Response exportOf(String email) {
        return given().header("Authorization", admin()).contentType("application/json").body(Map.of("email", email))
                .when().post("/api/v1/admin/cv-candidates/export").then().statusCode(200).extract().response();
    }
}
