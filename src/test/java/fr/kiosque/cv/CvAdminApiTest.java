package fr.kiosque.cv;

import static fr.kiosque.cv.CvFixtures.ADMIN;
import static fr.kiosque.cv.CvFixtures.admin;
import static fr.kiosque.cv.CvFixtures.recruiter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.kiosque.common.security.Roles;
import fr.kiosque.support.Concurrently;
import fr.kiosque.support.OpenApiContract;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The recruitment team's side: lists, reading, downloading, statuses, the audit log, a candidate's rights; and who may not. */
@QuarkusTest
class CvAdminApiTest {

    private static final String AUDIT = "/api/v1/admin/cv-audit";
    private static final String CANDIDATES = "/api/v1/admin/cv-candidates";
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
    void theDownloadIsExactlyTheFileSentWithSafeHeaders() {
        byte[] file = CvFiles.pdf(300_000);
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).file(file, "../../etc/CV <Camille>.exe", "application/pdf").create();

        Response download = given().header("Authorization", recruiter()).when().get(ADMIN + "/" + receipt.id() + "/file")
                .then().statusCode(200).contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .extract().response();
        byte[] received = download.asByteArray();
        assertThat(received).hasSize(file.length);
        assertThat(CvFiles.sha256(received)).isEqualTo(CvFiles.sha256(file));
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"CV _Camille_.exe.pdf\"; filename*=UTF-8''CV%20_Camille_.exe.pdf");
    }

    @Test
    void aDocxDownloadHasItsTypeAndBytes() {
        byte[] file = CvFiles.docx();
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).file(file, "Mon CV 2026.docx", "application/pdf").create();
        Response download = given().header("Authorization", recruiter()).when().get(ADMIN + "/" + receipt.id() + "/file")
                .then().statusCode(200).contentType(CvFileTypes.DOCX).extract().response();
        assertThat(CvFiles.sha256(download.asByteArray())).isEqualTo(CvFiles.sha256(file));
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''Mon%20CV%202026.docx");
    }

    @Test
    void fileNamesAreSanitizedAndHeadersEncoded() {
        assertThat(CvForm.fileName("../../etc/CV\u0007 \"Camille\";.exe", CvFileTypes.PDF)).isEqualTo("CV_ _Camille__.exe.pdf");
        assertThat(CvForm.fileName("C:\\docs\\Mon CV été.DOCX", CvFileTypes.DOCX)).isEqualTo("Mon CV été.docx");
        assertThat(CvForm.fileName("...", CvFileTypes.ODT)).isEqualTo("cv.odt");
        assertThat(CvForm.fileName(null, CvFileTypes.PDF)).isEqualTo("cv.pdf");
        assertThat(CvForm.fileName("\u202Efdp.exe", CvFileTypes.PDF)).isEqualTo("_fdp.exe.pdf");
        assertThat(CvAdminResource.contentDisposition("Mon CV été.docx"))
                .isEqualTo("attachment; filename=\"Mon CV _t_.docx\"; filename*=UTF-8''Mon%20CV%20%C3%A9t%C3%A9.docx");
    }

    @Test
    void oneSubmissionAsTheTeamSeesIt() {
        Map<String, Object> listing = CvFixtures.listing();
        CvFixtures.Submission submission = new CvFixtures.Submission().field("jobSlug", (String) listing.get("slug"))
                .field("desiredProfile", profile).field("firstName", "Hélène");
        CvFixtures.Receipt receipt = submission.create();

        Response response = given().header("Authorization", recruiter()).when().get(ADMIN + "/" + receipt.id())
                .then().statusCode(200).header("ETag", "\"v0\"").header("Cache-Control", "private, no-store")
                .body("firstName", equalTo("Hélène"))
                .body("email", equalTo(submission.email()))
                .body("status", equalTo("NEW"))
                .body("desiredProfile", equalTo(profile))
                .body("job.slug", equalTo(listing.get("slug")))
                .body("consent.privacyNoticeVersion", equalTo("2026-11"))
                .body("file.name", equalTo("CV Camille Durand.pdf"))
                .body("file.contentType", equalTo("application/pdf"))
                .body("note", equalTo(null))
                .extract().response();
        assertThat(response.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrder("id", "receivedAt", "status", "firstName",
                "lastName", "email", "phone", "location", "desiredProfile", "job", "message", "consent", "file", "note", "updatedAt",
                "version");
        assertThat(response.jsonPath().getMap("file").keySet()).containsExactlyInAnyOrder("name", "contentType", "size");
        assertThat(response.jsonPath().getMap("consent").keySet()).containsExactlyInAnyOrder("privacyNoticeVersion", "givenAt");
    }

    @Test
    void theListFiltersByStatusListingProfileDateAndText() {
        String ownProfile = CvFixtures.profile();
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        CvFixtures.Receipt first = CvFixtures.submission(ownProfile).field("message", "Passionnée de " + word + " et de web.").create();
        CvFixtures.Receipt second = CvFixtures.submission(ownProfile).field("lastName", "Martin").create();
        CvFixtures.submission(profile).create();

        Response all = list(Map.of("profile", ownProfile));
        all.then().statusCode(200).body("page.totalItems", equalTo(2)).body("items.id", equalTo(List.of(second.id().toString(),
                first.id().toString())));
        assertThat(all.jsonPath().getMap("items[0]").keySet()).containsExactlyInAnyOrder("id", "receivedAt", "status", "firstName",
                "lastName", "email", "location", "desiredProfile", "job", "file", "version");
        list(Map.of("q", word.toUpperCase())).then().body("items.id", equalTo(List.of(first.id().toString())));
        list(Map.of("profile", ownProfile, "q", "martin")).then().body("items.id", equalTo(List.of(second.id().toString())));
        list(Map.of("profile", ownProfile, "status", "REJECTED")).then().body("page.totalItems", equalTo(0));
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        list(Map.of("profile", ownProfile, "receivedFrom", tomorrow)).then().body("page.totalItems", equalTo(0));
        list(Map.of("profile", ownProfile, "receivedTo", tomorrow)).then().body("page.totalItems", equalTo(2));
        list(Map.of("status", "PERDU")).then().statusCode(400);
        list(Map.of("receivedFrom", "hier")).then().statusCode(400);
    }

    @Test
    void aStatusChangeNeedsIfMatchAndKeepsAPrivateNote() {
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).create();
        String path = ADMIN + "/" + receipt.id() + "/status";

        given().header("Authorization", recruiter()).contentType("application/json").body(Map.of("status", "REVIEWED"))
                .when().put(path).then().statusCode(428);
        given().header("Authorization", recruiter()).header("If-Match", "\"v7\"").contentType("application/json")
                .body(Map.of("status", "REVIEWED")).when().put(path).then().statusCode(412);
        given().header("Authorization", recruiter()).header("If-Match", "\"v0\"").contentType("application/json")
                .body(Map.of("status", "SHORTLISTED", "note", "Profil solide, à rappeler.")).when().put(path)
                .then().statusCode(200).header("ETag", "\"v1\"").body("status", equalTo("SHORTLISTED"))
                .body("note", equalTo("Profil solide, à rappeler."));
        given().header("Authorization", recruiter()).header("If-Match", "\"v1\"").contentType("application/json")
                .body(Map.of("status", "ARCHIVED")).when().put(path)
                .then().statusCode(200).body("status", equalTo("ARCHIVED")).body("note", equalTo("Profil solide, à rappeler."));
        given().header("Authorization", recruiter()).header("If-Match", "\"v2\"").contentType("application/json")
                .body(Map.of("status", "PERDU")).when().put(path).then().statusCode(400);
        given().header("Authorization", recruiter()).header("If-Match", "\"v0\"").contentType("application/json")
                .body(Map.of("status", "REVIEWED")).when().put(ADMIN + "/" + UUID.randomUUID() + "/status").then().statusCode(404);
    }

    @Test
    void parallelStatusChangesFromOneVersionLetOneThrough() throws Exception {
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).create();
        String path = ADMIN + "/" + receipt.id() + "/status";
        List<String> statuses = List.of("REVIEWED", "SHORTLISTED", "ARCHIVED", "REVIEWED", "SHORTLISTED", "ARCHIVED");
        List<Callable<Response>> calls = new ArrayList<>();
        for (String status : statuses) {
            calls.add(() -> given().header("Authorization", recruiter()).header("If-Match", "\"v0\"").contentType("application/json")
                    .body(Map.of("status", status)).when().put(path));
        }
        List<Response> answers = Concurrently.run(calls);

        List<Integer> codes = answers.stream().map(Response::statusCode).toList();
        assertThat(codes).containsOnly(200, 412).containsOnlyOnce(200);
        String winner = answers.get(codes.indexOf(200)).path("status");
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + receipt.id())
                .then().statusCode(200).header("ETag", "\"v1\"").body("status", equalTo(winner));
    }

    @Test
    void parallelErasuresOfOneCandidateEraseEachSubmissionOnce() throws Exception {
        CvFixtures.Submission submission = CvFixtures.submission(profile);
        CvFixtures.Receipt one = submission.create();
        CvFixtures.Receipt two = CvFixtures.submission(profile).field("email", submission.email()).create();
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> given().header("Authorization", admin()).contentType("application/json")
                    .body(Map.of("email", submission.email())).when().post(CANDIDATES + "/erase"));
        }
        List<Response> answers = Concurrently.run(calls);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers.stream().mapToInt(answer -> answer.<Integer>path("erasedSubmissions")).sum()).isEqualTo(2);
        for (CvFixtures.Receipt receipt : List.of(one, two)) {
            given().header("Authorization", recruiter()).when().get(ADMIN + "/" + receipt.id()).then().statusCode(404);
            List<String> actions = given().header("Authorization", admin()).queryParam("submission", receipt.id().toString())
                    .when().get(AUDIT).then().statusCode(200).extract().jsonPath().getList("items.action");
            assertThat(actions).containsOnlyOnce("ERASE");
        }
    }

    @Test
    void readsDownloadsAndChangesAreInTheAuditLogWhichOnlyAdminsRead() {
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).create();
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + receipt.id()).then().statusCode(200);
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + receipt.id() + "/file").then().statusCode(200);
        list(Map.of("profile", profile, "size", "100")).then().statusCode(200);

        Response log = given().header("Authorization", admin()).queryParam("submission", receipt.id().toString())
                .when().get(AUDIT).then().statusCode(200).extract().response();
        List<Map<String, Object>> entries = log.jsonPath().getList("items");
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("LIST", "DOWNLOAD", "READ");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo("tokens-recruiter@kiosque.test");
            assertThat(e.get("submissionId")).isEqualTo(receipt.id().toString());
            assertThat(e.keySet()).containsExactlyInAnyOrder("id", "at", "actor", "action", "submissionId", "detail");
        });
        given().header("Authorization", admin()).when().get(AUDIT).then().statusCode(200).body("items.action", hasItem("READ"));
        given().header("Authorization", admin()).queryParam("submission", "pas-un-uuid").when().get(AUDIT).then().statusCode(400);
        given().header("Authorization", recruiter()).when().get(AUDIT).then().statusCode(403);
    }

    @Test
    void aCandidatesDataIsExportedThenErased() {
        CvFixtures.Submission submission = CvFixtures.submission(profile);
        CvFixtures.Receipt one = submission.create();
        CvFixtures.Receipt two = CvFixtures.submission(profile).field("email", submission.email().toUpperCase()).create();
        CvFixtures.Receipt other = CvFixtures.submission(profile).create();
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + one.id() + "/file").then().statusCode(200);

        Response export = CvSubmissionApiTest.exportOf(submission.email());
        export.then().header("Cache-Control", "private, no-store")
                .body("email", equalTo(submission.email()))
                .body("submissions.id", equalTo(List.of(one.id().toString(), two.id().toString())))
                .body("accesses.action", hasItem("DOWNLOAD"));
        assertThat(export.jsonPath().getMap("$").keySet()).containsExactlyInAnyOrder(
                "email", "exportedAt", "submissions", "totalSubmissions", "accesses", "totalAccesses");
        export.then().body("totalSubmissions", equalTo(2)).body("totalAccesses", equalTo(export.jsonPath().getList("accesses").size()));

        given().header("Authorization", admin()).contentType("application/json").body(Map.of("email", submission.email()))
                .when().post(CANDIDATES + "/erase").then().statusCode(200).body("erasedSubmissions", equalTo(2));
        CvSubmissionApiTest.exportOf(submission.email()).then().body("submissions.size()", equalTo(0));
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + one.id()).then().statusCode(404);
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + two.id() + "/file").then().statusCode(404);
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + other.id()).then().statusCode(200);
        given().header("Authorization", admin()).queryParam("submission", one.id().toString()).when().get(AUDIT)
                .then().body("items[0].action", equalTo("ERASE"));

        given().header("Authorization", admin()).contentType("application/json").body(Map.of("email", "pas-un-email"))
                .when().post(CANDIDATES + "/export").then().statusCode(400).body("errors.field", hasItem("email"));
        given().header("Authorization", recruiter()).contentType("application/json").body(Map.of("email", submission.email()))
                .when().post(CANDIDATES + "/erase").then().statusCode(403);
    }

    /** Every documented staff route of CV submissions, read from the contract: anonymous 401, roles not named 403. */
    @Test
    void anonymousAndOtherRolesAreRefusedOnEveryStaffRoute() {
        List<OpenApiContract.Operation> operations = OpenApiContract.committed().operations().stream()
                .filter(op -> op.template().startsWith("/api/v1/admin/cv-")).toList();
        assertThat(operations).extracting(OpenApiContract.Operation::toString).contains("GET /api/v1/admin/cv-submissions",
                "GET /api/v1/admin/cv-submissions/{id}/file", "PUT /api/v1/admin/cv-submissions/{id}/status",
                "GET /api/v1/admin/cv-audit", "POST /api/v1/admin/cv-candidates/export", "POST /api/v1/admin/cv-candidates/erase");
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).create();
        for (OpenApiContract.Operation op : operations) {
            String path = op.template().replace("{id}", receipt.id().toString());
            call(op, null).request(op.method(), path).then().statusCode(401).body("status", equalTo(401));
            for (String role : List.of(Roles.EDITOR, Roles.MODERATOR)) {
                call(op, Tokens.withRoles(role)).request(op.method(), path).then().statusCode(403).body("status", equalTo(403));
            }
        }
        // the submission was neither read nor changed by those calls
        given().header("Authorization", admin()).queryParam("submission", receipt.id().toString()).when().get(AUDIT)
                .then().body("items.actor", not(hasItem("tokens-editor@kiosque.test")));
    }

    private static RequestSpecification call(OpenApiContract.Operation op, String token) {
        RequestSpecification spec = given();
        if (token != null) {
            spec.header("Authorization", Tokens.bearer(token));
        }
        if (op.requestMediaType() != null) {
            spec.contentType(op.requestMediaType()).body(op.requestExample());
        }
        return spec;
    }

    private static Response list(Map<String, String> query) {
        return given().header("Authorization", recruiter()).queryParams(query).when().get(ADMIN).then().extract().response();
    }
}
