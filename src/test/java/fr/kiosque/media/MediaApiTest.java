package fr.kiosque.media;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.common.http.Bulkhead;
import fr.kiosque.common.http.Bulkheads;
import fr.kiosque.common.http.InFlightLimit;
import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The media library through HTTP on the real PostgreSQL: uploads, refusals, served files, staff edits, covers. */
@QuarkusTest
class MediaApiTest {

    static final String ADMIN = "/api/v1/admin/media";

    @Inject
    MediaRepository media;

    @Inject
    MediaStore store;

    @Inject
    Bulkheads bulkheads;

    @Inject
    io.vertx.core.Vertx vertx;

    @Inject
    InFlightLimit uploadsInFlight;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Response upload(byte[] file, String name, String alt) {
        var request = given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .multiPart("file", name, file, "application/octet-stream");
        if (alt != null) {
            request = request.multiPart("alt", alt).multiPart("credit", "Photo : Kiosque");
        }
        return request.when().post(ADMIN);
    }

    static long uploaded(byte[] file, String alt) {
        return upload(file, "photo.jpg", alt).then().statusCode(201).extract().<Integer> path("id").longValue();
    }

    @Test
    void aJpegWithGpsIsStoredUprightWithItsVariantsAndNoMetadataAnywhere() throws Exception {
        Response response = upload(TestImages.jpegWithGps(2000, 1500, 6), "IMG_0042.jpg", "Une place au soleil");
        response.then().statusCode(201).contentType("application/json")
                .header("Location", containsString(ADMIN + "/"))
                .body("mediaType", equalTo("image/jpeg"))
                .body("width", equalTo(1500)).body("height", equalTo(2000))
                .body("alt", equalTo("Une place au soleil")).body("credit", equalTo("Photo : Kiosque"));
        List<Map<String, Object>> variants = response.jsonPath().getList("variants");
        assertThat(variants).extracting(v -> v.get("width")).containsExactly(320, 320, 640, 640, 960, 960, 1280, 1280);
        assertThat(variants).extracting(v -> v.get("mediaType")).containsOnly("image/webp", "image/jpeg");
        for (Map<String, Object> v : variants) {
            String url = (String) v.get("url");
            assertThat(url).startsWith("https://api.kiosque.test/api/v1/media/files/");
            Response file = given().when().get(url.substring("https://api.kiosque.test".length()));
            file.then().statusCode(200).contentType((String) v.get("mediaType"))
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[0-9a-f]{64}\""));
            byte[] bytes = file.asByteArray();
            assertThat(bytes.length).as(url + " " + file.headers()).isEqualTo(((Number) v.get("bytes")).intValue());
            assertThat(TestImages.hasMetadata(bytes)).as(url).isFalse();
            BufferedImage image = ImagePipelineTest.read(bytes);
            assertThat(image.getWidth()).isEqualTo(v.get("width"));
            assertThat(image.getHeight()).isEqualTo(v.get("height")).isGreaterThan(image.getWidth());
            given().header("If-None-Match", file.header("ETag")).when().get(url.substring("https://api.kiosque.test".length()))
                    .then().statusCode(304);
        }
        // the stored original is cleaned too
        long id = response.jsonPath().getLong("id");
        String key = QuarkusTransaction.requiringNew().call(() -> media.findById(id).fileKey);
        byte[] original = store.get(key).orElseThrow().body().readAllBytes();
        assertThat(TestImages.hasMetadata(original)).isFalse();
        assertThat(ImagePipelineTest.read(original).getWidth()).isEqualTo(2000);
    }

    @Test
    void aTransparentPngGetsPngVariantsAndAWebpItsJpegFamily() throws Exception {
        Response png = upload(TestImages.pngWithAlpha(700, 400), "logo.png", "Logo");
        png.then().statusCode(201).body("mediaType", equalTo("image/png"));
        List<Map<String, Object>> variants = png.jsonPath().getList("variants");
        assertThat(variants).extracting(v -> v.get("mediaType")).containsOnly("image/webp", "image/png");
        Map<String, Object> pngVariant = variants.stream().filter(v -> v.get("mediaType").equals("image/png")).findFirst().orElseThrow();
        byte[] bytes = given().when().get(((String) pngVariant.get("url")).substring("https://api.kiosque.test".length())).asByteArray();
        assertThat(ImagePipelineTest.read(bytes).getColorModel().hasAlpha()).isTrue();
        assertThat(TestImages.hasMetadata(bytes)).isFalse();

        Response webp = upload(TestImages.webp(500, 300), "photo.webp", "Photo");
        webp.then().statusCode(201).body("mediaType", equalTo("image/webp")).body("width", equalTo(500));
        assertThat(webp.jsonPath().getList("variants.width", Integer.class)).containsExactly(320, 320);
        assertThat(webp.jsonPath().getList("variants.mediaType", String.class)).containsExactly("image/webp", "image/jpeg");
    }

    @Test
    void aHugeDeclaredImageIsRefusedFastWithoutBeingDecoded() {
        long start = System.nanoTime();
        upload(TestImages.pngDeclaring(30_000, 30_000), "bombe.png", "x").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("file"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    }

    @Test
    void svgHtmlRenamedJpgAndTruncatedJpegAreRefused() {
        upload(TestImages.SVG, "dessin.svg", "x").then().statusCode(415).contentType("application/problem+json");
        upload(TestImages.HTML, "photo.jpg", "x").then().statusCode(415).contentType("application/problem+json");
        upload(TestImages.truncated(TestImages.jpegWithGps(800, 600, 1)), "coupee.jpg", "x").then().statusCode(400)
                .body("errors.field", hasItem("file"));
        given().header("Authorization", Tokens.bearer(Tokens.editor())).multiPart("alt", "sans fichier").when().post(ADMIN)
                .then().statusCode(400).body("errors.field", hasItem("file"));
    }

    @Test
    void aFileOverTheLimitIs413BeforeItIsRead() {
        byte[] big = new byte[20 * 1024 * 1024 + 100 * 1024];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        upload(big, "enorme.jpg", "x").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void staffSearchEditAndDeleteWithIfMatchAndADeleteIsRefusedWhileAnArticleUsesTheImage() {
        String word = "chat" + Long.toHexString(System.nanoTime());
        // a size of its own: the same bytes uploaded by another test would share (and keep) the files
        long id = uploaded(TestImages.jpegWithGps(401, 303, 1), "Un " + word + " roux sur un toit");
        given().header("Authorization", Tokens.bearer(Tokens.editor())).queryParam("q", word.toUpperCase())
                .when().get(ADMIN).then().statusCode(200).body("items.id", hasItem((int) id)).body("page.totalItems", equalTo(1));

        String etag = Fixtures.etag(ADMIN + "/" + id);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("alt", "Un chat sur un toit", "credit", "Photo : Anne", "focalPoint", Map.of("x", 0.2, "y", 0.8)))
                .when().put(ADMIN + "/" + id).then().statusCode(200).body("alt", equalTo("Un chat sur un toit"))
                .body("focalPoint.x", equalTo(0.2f));
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("alt", "plus tard")).when().put(ADMIN + "/" + id).then().statusCode(412);

        Fixtures.Created article = Fixtures.article().title(Fixtures.unique("Les chats des toits"))
                .with("coverImage", Map.of("mediaId", id)).create();
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", Fixtures.etag(ADMIN + "/" + id))
                .when().delete(ADMIN + "/" + id).then().statusCode(409).body("detail", containsString("Les chats des toits"));

        Fixtures.delete("/api/v1/admin/articles/" + article.id());
        String variant = given().header("Authorization", Tokens.bearer(Tokens.editor())).when().get(ADMIN + "/" + id)
                .then().extract().path("variants[0].url");
        assertThat(Fixtures.delete(ADMIN + "/" + id)).isEqualTo(204);
        given().when().get(variant.substring("https://api.kiosque.test".length())).then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).when().get(ADMIN + "/" + id).then().statusCode(404);
    }

    @Test
    void aLibraryCoverShowsInThePublicArticleListsAndFeedsAndFollowsItsAltText() {
        long id = uploaded(TestImages.jpegWithGps(1400, 900, 1), "Une rotative d'imprimerie");
        String title = Fixtures.unique("La presse imprimée");
        Fixtures.Created article = Fixtures.article().title(title).with("coverImage", Map.of("mediaId", id))
                .with("body", "<p>Texte.</p><img data-media-id=\"" + id + "\" alt=\"La rotative\">").create();

        Response page = given().when().get("/api/v1/articles/" + article.slug());
        page.then().statusCode(200)
                .body("coverImage.mediaId", equalTo((int) id)).body("coverImage.width", equalTo(1400))
                .body("coverImage.height", equalTo(900)).body("coverImage.alt", equalTo("Une rotative d'imprimerie"))
                .body("coverImage.credit", equalTo("Photo : Kiosque"))
                .body("coverImage.url", containsString("/api/v1/media/files/"))
                .body("body", containsString("srcset=")).body("body", containsString("loading=\"lazy\""))
                .body("body", containsString("width=\"1400\"")).body("body", containsString("data-media-id"));
        assertThat(page.jsonPath().getList("coverImage.variants.width", Integer.class)).containsExactly(320, 320, 640, 640, 960, 960, 1280, 1280);

        given().queryParam("q", title).when().get("/api/v1/articles").then().statusCode(200);
        given().when().get("/api/v1/articles").then().statusCode(200);
        String rss = given().when().get("/feeds/articles.rss").then().statusCode(200).extract().asString();
        assertThat(rss).contains("media:content").contains("/api/v1/media/files/");
        String json = given().when().get("/feeds/articles.json").then().statusCode(200).extract().asString();
        assertThat(json).contains("/api/v1/media/files/");
        // the article sitemap: the newest articles are in its last file
        String index = given().when().get("/sitemap.xml").then().statusCode(200).extract().asString();
        java.util.regex.Matcher files = java.util.regex.Pattern.compile("(/sitemaps/articles-[0-9]+\\.xml)").matcher(index);
        String last = null;
        while (files.find()) {
            last = files.group(1);
        }
        assertThat(last).isNotNull();
        String sitemap = given().when().get(last).then().statusCode(200).extract().asString();
        assertThat(sitemap).contains("<image:image><image:loc>https://api.kiosque.test/api/v1/media/files/");
        // Ghost's Content API: the cover as feature_image, the body's library image with its srcset
        given().queryParam("key", fr.kiosque.support.ContentKeys.shared()).queryParam("formats", "html")
                .when().get("/ghost/api/content/posts/slug/" + article.slug() + "/").then().statusCode(200)
                .body("posts[0].feature_image", containsString("/api/v1/media/files/"))
                .body("posts[0].feature_image_alt", equalTo("Une rotative d'imprimerie"))
                .body("posts[0].html", containsString("srcset="));

        // the alt text changes in the library: the cached and stored page follows
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", Fixtures.etag(ADMIN + "/" + id))
                .contentType(ContentType.JSON).body(Map.of("alt", "La rotative, de nuit", "credit", "Photo : Kiosque"))
                .when().put(ADMIN + "/" + id).then().statusCode(200);
        given().when().get("/api/v1/articles/" + article.slug()).then().statusCode(200)
                .body("coverImage.alt", equalTo("La rotative, de nuit"));
    }

    @Test
    void aLibraryCoverWithoutAltCannotBePublished() {
        long id = uploaded(TestImages.jpegWithGps(400, 300, 1), null);
        Map<String, Object> body = Fixtures.article().with("coverImage", Map.of("mediaId", id)).body();
        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.editor())).body(body)
                .when().post("/api/v1/admin/articles").then().statusCode(422).body("errors.field", hasItem("coverImage.alt"));
        body.put("coverImage", Map.of("mediaId", 999_999_999));
        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.editor())).body(body)
                .when().post("/api/v1/admin/articles").then().statusCode(422).body("errors.field", hasItem("coverImage.mediaId"));
        body.put("status", "DRAFT");
        body.put("coverImage", Map.of("mediaId", id));
        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.editor())).body(body)
                .when().post("/api/v1/admin/articles").then().statusCode(201).body("coverImage.mediaId", equalTo((int) id));
    }

    @Test
    void parallelUploadsAreAllStoredNoneLostNorDoubledWithout5xx() throws Exception {
        String tag = "lot" + Long.toHexString(System.nanoTime());
        List<Response> responses = Concurrently.times(8, i -> upload(TestImages.jpegWithGps(1200 + i, 800, 1), "p" + i + ".jpg",
                tag + " " + i));
        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        assertThat(new HashSet<>(responses.stream().map(r -> r.jsonPath().getLong("id")).toList())).hasSize(8);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).queryParam("q", tag).when().get(ADMIN)
                .then().statusCode(200).body("page.totalItems", equalTo(8));
    }

    @Test
    void staffMistakesAreProblemsNamingWhatIsWrong() {
        long id = uploaded(TestImages.jpegWithGps(400, 300, 1), "Une erreur");
        String etag = Fixtures.etag(ADMIN + "/" + id);
        var editor = given().header("Authorization", Tokens.bearer(Tokens.editor()));
        editor.header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("alt", "x".repeat(301)))
                .when().put(ADMIN + "/" + id).then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("alt", "x")).when().put(ADMIN + "/999999999").then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", etag).contentType(ContentType.TEXT)
                .body("alt").when().put(ADMIN + "/" + id).then().statusCode(415);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .body(Map.of("alt", "x")).when().put(ADMIN + "/" + id).then().statusCode(428);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).when().delete(ADMIN + "/" + id).then().statusCode(428);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", "\"v999\"").when().delete(ADMIN + "/" + id)
                .then().statusCode(412);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", "\"v0\"").when().delete(ADMIN + "/999999999")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).queryParam("page", "0").when().get(ADMIN).then().statusCode(400);
    }

    @Test
    void pastTheDecodingPlacesAndTheirQueueAnUploadIs503WithRetryAfterAtOnce() {
        Bulkhead bulkhead = bulkheads.get(UploadMedia.BULKHEAD);
        List<Bulkhead.Permit> held = new java.util.ArrayList<>();
        for (Bulkhead.Permit p; (p = bulkhead.tryEnter()) != null;) {
            held.add(p);
        }
        // the queue filled by waiters that give their place back as soon as they get one
        java.util.concurrent.atomic.AtomicInteger queued = new java.util.concurrent.atomic.AtomicInteger();
        try {
            while (bulkhead.waiting() < 16 && queued.incrementAndGet() < 64) {
                bulkhead.enter(vertx, Bulkhead.Permit::close, refused -> {
                });
            }
            long start = System.nanoTime();
            upload(TestImages.jpegWithGps(300, 200, 1), "p.jpg", "x").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
        } finally {
            held.forEach(Bulkhead.Permit::close);
        }
    }

    @Test
    void parallelEditsWithOneIfMatchLetOneWinAndTheOthersGet412() throws Exception {
        long id = uploaded(TestImages.jpegWithGps(402, 301, 1), "Un toit de zinc");
        String etag = Fixtures.etag(ADMIN + "/" + id);
        List<Integer> statuses = Concurrently.times(8, i -> given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("alt", "Version " + i, "credit", "Photo : " + i))
                .when().put(ADMIN + "/" + id).then().extract().statusCode());
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        int winner = statuses.indexOf(200);
        // the winner's edit whole, nothing of the losers'
        given().header("Authorization", Tokens.bearer(Tokens.editor())).when().get(ADMIN + "/" + id).then().statusCode(200)
                .body("alt", equalTo("Version " + winner)).body("credit", equalTo("Photo : " + winner));
    }

    @Test
    void parallelDeletesWithOneIfMatchDeleteOnceWithoutServerErrors() throws Exception {
        long id = uploaded(TestImages.jpegWithGps(403, 302, 1), "Une lucarne");
        String etag = Fixtures.etag(ADMIN + "/" + id);
        String variant = given().header("Authorization", Tokens.bearer(Tokens.editor())).when().get(ADMIN + "/" + id)
                .then().extract().path("variants[0].url");
        List<Integer> statuses = Concurrently.times(8, i -> given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .header("If-Match", etag).when().delete(ADMIN + "/" + id).then().extract().statusCode());
        assertThat(statuses).isSubsetOf(204, 404, 412); // the losers see it changed (412) or already gone (404)
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        given().when().get(variant.substring("https://api.kiosque.test".length())).then().statusCode(404);
    }

    /**
     * Files are named by their content, so deleting an image while the same bytes are uploaded
     * again touches the same files: whatever the order, the new image keeps every file it names.
     * The delete starts a little later each round, to fall in turn before, during and after the
     * upload's storing of its files.
     */
    @Test
    void deletingAnImageWhileItsBytesAreUploadedAgainLeavesTheNewImageWhole() throws Exception {
        for (int round = 0; round < 12; round++) {
            byte[] bytes = TestImages.jpegWithGps(330 + round, 210, 1);
            long old = uploaded(bytes, "Avant");
            String etag = Fixtures.etag(ADMIN + "/" + old);
            long delay = round * 15L;
            List<Response> answers = Concurrently.run(List.<java.util.concurrent.Callable<Response>> of(
                    () -> upload(bytes, "photo.jpg", "Après"),
                    () -> {
                        Thread.sleep(delay);
                        return given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", etag)
                                .when().delete(ADMIN + "/" + old);
                    }));
            assertThat(answers.get(0).statusCode()).isEqualTo(201);
            assertThat(answers.get(1).statusCode()).isEqualTo(204);
            List<String> urls = answers.get(0).jsonPath().getList("variants.url");
            assertThat(urls).isNotEmpty();
            for (String url : urls) {
                given().when().get(url.substring("https://api.kiosque.test".length())).then()
                        .statusCode(200);
            }
        }
    }

    @Test
    void pastTheUploadsInFlightAnUploadIs503WithRetryAfterBeforeItsBodyIsRead() {
        List<InFlightLimit.Place> held = new java.util.ArrayList<>();
        for (InFlightLimit.Place p; (p = uploadsInFlight.tryEnter()) != null;) {
            held.add(p);
        }
        try {
            assertThat(held).hasSize(uploadsInFlight.max());
            upload(TestImages.jpegWithGps(300, 200, 1), "p.jpg", "x").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        } finally {
            held.forEach(InFlightLimit.Place::close);
        }
        assertThat(uploadsInFlight.current()).isZero();
    }

    /**
     * The places of the upload route come back however an upload ends: stored, refused, or left
     * mid-body by its client (no answer is ever written for it). A leak would show as a count
     * above zero, and as 503s among the cap-many parallel uploads that follow.
     */
    @Test
    void everyUploadPlaceComesBackAfterStoredRefusedAndAbandonedUploads() throws Exception {
        uploaded(TestImages.jpegWithGps(404, 303, 1), "Une gouttière");
        upload("<html><body>pas une image</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), "page.jpg", "x")
                .then().statusCode(415);
        given().multiPart("file", "p.jpg", TestImages.jpegWithGps(300, 200, 1), "application/octet-stream").when().post(ADMIN)
                .then().statusCode(401);
        for (int i = 0; i < 3; i++) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", RestAssured.port)) {
                String boundary = "abandon" + i;
                String head = "POST " + ADMIN + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Tokens.bearer(Tokens.editor())
                        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: 2000000\r\n\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\nContent-Type: application/octet-stream"
                        + "\r\n\r\n";
                var out = socket.getOutputStream();
                out.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(TestImages.jpegWithGps(600, 400, 1));
                out.flush();
                awaitUploadsInFlight(1); // counted while its body arrives
            } // closed mid-body
            awaitUploadsInFlight(0);
        }
        String tag = "retour" + Long.toHexString(System.nanoTime());
        List<Response> responses = Concurrently.times(uploadsInFlight.max(), i -> upload(TestImages.jpegWithGps(500 + i, 400, 1),
                "r" + i + ".jpg", tag + " " + i));
        assertThat(responses).extracting(Response::statusCode).containsOnly(201);
        awaitUploadsInFlight(0);
    }

    /** Waits (at most 20 s) for the count of uploads in flight to be {@code expected}: the server learns of a close a moment later. */
    private void awaitUploadsInFlight(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (uploadsInFlight.current() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(uploadsInFlight.current()).isEqualTo(expected);
    }

    @Test
    void theLibraryIsForStaffOnly() {
        given().when().get(ADMIN).then().statusCode(401);
        given().header("Authorization", Tokens.bearer(Tokens.withRoles("moderator"))).when().get(ADMIN).then().statusCode(403);
        given().when().get("/api/v1/media/files/" + "0".repeat(64) + ".webp").then().statusCode(404);
        given().when().get("/api/v1/media/files/nimporte-quoi.exe").then().statusCode(404);
    }
}
