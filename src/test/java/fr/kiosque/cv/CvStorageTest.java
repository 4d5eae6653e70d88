package fr.kiosque.cv;

import static fr.kiosque.cv.CvFixtures.ADMIN;
import static fr.kiosque.cv.CvFixtures.recruiter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Files at rest: encrypted, tamper-evident, stored once under parallel uploads, erased at the end of the retention period. */
@QuarkusTest
class CvStorageTest {

    private static String profile;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    CvRetention service;

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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theStoredBytesAreNotTheFile() throws SQLException {
        byte[] file = CvFiles.pdf(200_000);
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).create();
        CvFixtures.Receipt big = CvFixtures.submission(profile).file(file, "cv.pdf", "application/pdf").create();

        List<byte[]> chunks = chunks(big.id());
        assertThat(chunks).hasSize(4); // 200 KB and some in chunks of 64 KiB
        byte[] stored = concat(chunks);
        assertThat(stored.length).isEqualTo(file.length + 4 * 16); // a 16-byte tag per chunk
        assertThat(indexOf(stored, "%PDF".getBytes())).isEqualTo(-1);
        assertThat(indexOf(stored, Arrays.copyOfRange(file, 1000, 1032))).isEqualTo(-1);
        assertThat(chunks(receipt.id())).hasSize(1);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(distinct nonce), min(key_id) from cv_file_chunk where submission_id = ?")) {
            s.setObject(1, big.id());
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(4);
                assertThat(rows.getString(2)).isEqualTo("k1");
            }
        }
    }

    @Test
    void aChangedChunkIsRefusedWithAProblemNotServed() throws SQLException {
        CvFixtures.Receipt receipt = CvFixtures.submission(profile).file(CvFiles.pdf(100_000), "cv.pdf", "application/pdf").create();
        update("update cv_file_chunk set ciphertext = set_byte(ciphertext, 10, get_byte(ciphertext, 10) # 1)"
                + " where submission_id = ? and seq = 1", receipt.id());
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + receipt.id() + "/file")
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo("urn:kiosque:problem:conflict"));
    }

    @Test
    void aTruncatedOrReorderedFileIsRefused() throws SQLException {
        CvFixtures.Receipt truncated = CvFixtures.submission(profile).file(CvFiles.pdf(200_000), "cv.pdf", "application/pdf").create();
        update("delete from cv_file_chunk where submission_id = ? and seq = 3", truncated.id());
        CvFixtures.Receipt swapped = CvFixtures.submission(profile).file(CvFiles.pdf(200_000), "cv.pdf", "application/pdf").create();
        update("update cv_file_chunk set seq = 1000 where submission_id = ? and seq = 0", swapped.id());
        update("update cv_file_chunk set seq = 0 where submission_id = ? and seq = 1", swapped.id());
        update("update cv_file_chunk set seq = 1 where submission_id = ? and seq = 1000", swapped.id());
        CvFixtures.Receipt moved = CvFixtures.submission(profile).create();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "update cv_file_chunk set nonce = o.nonce, ciphertext = o.ciphertext from cv_file_chunk o"
                        + " where cv_file_chunk.submission_id = ? and cv_file_chunk.seq = 0 and o.submission_id = ? and o.seq = 3")) {
            s.setObject(1, moved.id());
            s.setObject(2, swapped.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        for (CvFixtures.Receipt receipt : List.of(truncated, swapped, moved)) {
            given().header("Authorization", recruiter()).when().get(ADMIN + "/" + receipt.id() + "/file").then().statusCode(409);
        }
    }

    @Test
    void parallelUploadsAreAllStoredOnce() throws Exception {
        byte[] file = CvFiles.pdf(1024 * 1024);
        String hash = CvFiles.sha256(file);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            CvFixtures.Submission submission = CvFixtures.submission(profile).file(file, "cv-" + i + ".pdf", "application/pdf");
            calls.add(submission::send);
        }
        List<Response> answers = Concurrently.run(calls);
        Set<String> ids = new HashSet<>();
        for (Response answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(201);
            ids.add(answer.path("id"));
        }
        assertThat(ids).hasSize(12);
        for (String id : ids) {
            assertThat(chunks(UUID.fromString(id))).hasSize(17); // 1 MiB and some: 16 full chunks and a last one
        }
        String one = ids.iterator().next();
        byte[] downloaded = given().header("Authorization", recruiter()).when().get(ADMIN + "/" + one + "/file")
                .then().statusCode(200).extract().asByteArray();
        assertThat(CvFiles.sha256(downloaded)).isEqualTo(hash);
    }

    @Test
    void theRetentionJobErasesWhatIsDueAndNothingElse() throws SQLException {
        Duration retention = Duration.between(java.time.Instant.now().atZone(ZoneOffset.UTC).minus(Period.ofMonths(24)).toInstant(),
                java.time.Instant.now());
        clock.advance(retention.plusDays(1).negated());
        CvFixtures.Receipt due = CvFixtures.submission(profile).create();
        clock.reset();
        clock.advance(retention.minusDays(1).negated());
        CvFixtures.Receipt almost = CvFixtures.submission(profile).create();
        clock.reset();
        CvFixtures.Receipt recent = CvFixtures.submission(profile).create();

        assertThat(service.eraseExpired()).isGreaterThanOrEqualTo(1);

        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + due.id()).then().statusCode(404);
        assertThat(chunks(due.id())).isEmpty();
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + almost.id()).then().statusCode(200);
        given().header("Authorization", recruiter()).when().get(ADMIN + "/" + recent.id()).then().statusCode(200);
        given().header("Authorization", CvFixtures.admin()).queryParam("submission", due.id().toString())
                .when().get("/api/v1/admin/cv-audit").then().statusCode(200)
                .body("items[0].action", equalTo("RETENTION_ERASE")).body("items[0].actor", equalTo("system"));

        assertThat(service.eraseExpired()).isZero();
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

    private List<byte[]> chunks(UUID id) throws SQLException {
        List<byte[]> chunks = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select ciphertext from cv_file_chunk where submission_id = ? order by seq")) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    chunks.add(rows.getBytes(1));
                }
            }
        }
        return chunks;
    }

    private void update(String sql, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            assertThat(s.executeUpdate()).isPositive();
        }
    }

    private static byte[] concat(List<byte[]> parts) {
        int length = parts.stream().mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
