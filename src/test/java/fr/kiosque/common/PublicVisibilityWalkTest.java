package fr.kiosque.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.TestClock;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A draft (once published), a scheduled and an archived (once published) article, and an expired
 * job listing: the public finds none of them on any public surface, neither their slugs nor
 * their titles' words, nor the tag, author and section only they use. Every route a reader or a
 * partner site can read is walked, so that a surface that writes its own visibility rule shows here.
 */
@QuarkusTest
class PublicVisibilityWalkTest {

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** What must never be seen of one hidden thing: its slug and the words only it has; {@code word} is searched for. */
    private record Hidden(String what, String word, List<String> traces) {
    }

    @Test
    void noPublicSurfaceShowsWhatThePublicMustNotSee() {
        String section = Fixtures.section("Rubrique " + word());
        String author = Fixtures.author("Auteur " + word());
        String shared = "Partagé " + word();
        List<Hidden> hidden = new ArrayList<>();
        List<String> hiddenArticles = new ArrayList<>();
        List<String> hiddenTags = new ArrayList<>();

        String draftWord = word();
        var draft = hiddenArticle(draftWord, section, author, shared, "PUBLISHED", null);
        String archivedWord = word();
        var archived = hiddenArticle(archivedWord, section, author, shared, "PUBLISHED", null);
        String scheduledWord = word();
        var scheduled = hiddenArticle(scheduledWord, section, author, shared, "SCHEDULED",
                Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        for (var entry : Map.of(draftWord, draft, archivedWord, archived, scheduledWord, scheduled).entrySet()) {
            String tag = "etiquette-" + entry.getKey();
            hidden.add(new Hidden("article " + entry.getValue().slug(), entry.getKey(),
                    List.of(entry.getValue().slug(), entry.getKey(), tag)));
            hiddenArticles.add(entry.getValue().slug());
            hiddenTags.add(tag);
        }
        hidden.add(new Hidden("author " + author, null, List.of(author)));

        // a published article that shares their tag and chose them as "à lire aussi"
        String visibleWord = word();
        var visible = Fixtures.article().title("Visible " + visibleWord).tags(shared)
                .with("related", List.of(draft.slug(), archived.slug(), scheduled.slug())).create();

        // then the draft goes back to draft and the archive is withdrawn, as editors do
        status(draft, "DRAFT");
        status(archived, "ARCHIVED");

        // an expired listing, of a career sheet that also names the hidden articles
        String jobWord = word();
        String profile = profile(jobWord, hiddenArticles);
        String listing = listing(jobWord, profile, Instant.now().plus(Duration.ofHours(1)));
        hidden.add(new Hidden("listing " + listing, jobWord + "emploi", List.of(listing, jobWord + "emploi")));

        try {
            clock.advance(Duration.ofMinutes(61));
            walk(hidden, hiddenArticles, hiddenTags, section, author, shared, visible.slug(), visibleWord, profile, listing,
                    jobWord);
        } finally {
            clock.reset();
        }
    }

    private void walk(List<Hidden> hidden, List<String> hiddenArticles, List<String> hiddenTags, String section, String author,
            String shared, String visible, String visibleWord, String profile, String listing, String jobWord) {
        List<String> pages = new ArrayList<>();

        // the article list, unfiltered and with each filter
        pages.add(json("/api/v1/articles?size=100"));
        for (String query : List.of("section=" + section, "author=" + author)) {
            pages.add(jsonWithTotal("/api/v1/articles?" + query, 0));
        }
        for (String tag : hiddenTags) {
            pages.add(jsonWithTotal("/api/v1/articles?tag=" + tag, 0));
        }
        for (Hidden h : hidden) {
            if (h.word() != null) {
                pages.add(jsonWithTotal("/api/v1/articles?q=" + h.word(), 0));
            }
        }
        String sharedSlug = fr.kiosque.common.text.Slugs.slugify(shared);
        pages.add(jsonWithTotal("/api/v1/articles?tag=" + sharedSlug, 1));

        // each hidden article by slug, and its comments
        for (String slug : hiddenArticles) {
            given().get("/api/v1/articles/" + slug).then().statusCode(404);
            given().get("/api/v1/articles/" + slug + "/comments").then().statusCode(404);
            given().contentType(ContentType.JSON).header("X-Forwarded-For", Tokens.randomClient())
                    .body(Map.of("authorName", "Lectrice", "authorEmail", word() + "@example.org", "body", "Bonjour"))
                    .post("/api/v1/articles/" + slug + "/comments").then().statusCode(404);
        }

        // the visible article's page: "à lire aussi" (chosen and automatic) skips them
        String page = json("/api/v1/articles/" + visible);
        assertThat(JsonPath.from(page).getList("related.slug", String.class)).doesNotContainAnyElementsOf(hiddenArticles);
        pages.add(page);

        // taxonomy pages and their counts
        given().get("/api/v1/sections/" + section).then().statusCode(200).body("articleCount", is(0));
        given().get("/api/v1/authors/" + author).then().statusCode(404);
        for (String tag : hiddenTags) {
            given().get("/api/v1/tags/" + tag).then().statusCode(404);
        }
        given().get("/api/v1/tags/" + sharedSlug).then().statusCode(200).body("articleCount", is(1));
        pages.addAll(allPages("/api/v1/sections"));
        pages.addAll(allPages("/api/v1/tags"));
        pages.addAll(allPages("/api/v1/authors"));

        // feeds: everything, then per section, tag and author (a term only hidden articles use is unknown)
        for (String format : List.of("rss", "atom", "json")) {
            String feed = "/feeds/articles." + format;
            pages.add(text(feed + "?limit=100"));
            pages.add(text(feed + "?section=" + section));
            pages.add(text(feed + "?tag=" + sharedSlug));
            given().get(feed + "?author=" + author).then().statusCode(404);
            for (String tag : hiddenTags) {
                given().get(feed + "?tag=" + tag).then().statusCode(404);
            }
            pages.add(text("/feeds/jobs." + format + "?limit=100"));
        }

        // sitemaps: the index and every file it names
        String index = text("/sitemap.xml");
        pages.add(index);
        Matcher files = Pattern.compile("<loc>[^<]*(/sitemaps/[^<]+)</loc>").matcher(index);
        int count = 0;
        while (files.find()) {
            pages.add(text(files.group(1)));
            count++;
        }
        assertThat(count).as("sitemap files").isGreaterThanOrEqualTo(2);

        // Ghost's Content API (docs/ghost.md): every post, tag and author it lists, and the hidden articles by slug
        String ghost = "/ghost/api/content/";
        String key = fr.kiosque.support.ContentKeys.shared();
        for (String list : List.of("posts/?limit=all&include=tags,authors&formats=html,plaintext", "tags/?limit=all",
                "authors/?limit=all", "pages/?limit=all", "posts/?filter=tag:" + sharedSlug, "settings/")) {
            pages.add(given().queryParam("key", key).get(ghost + list).then().statusCode(200).extract().asString());
        }
        for (String slug : hiddenArticles) {
            given().queryParam("key", key).get(ghost + "posts/slug/" + slug + "/").then().statusCode(404);
        }
        given().queryParam("key", key).get(ghost + "authors/slug/" + author + "/").then().statusCode(404);

        // search, of every type and of each
        for (Hidden h : hidden) {
            if (h.word() != null) {
                pages.add(jsonWithTotal("/api/v1/search?q=" + h.word(), 0));
                for (String type : List.of("article", "job")) {
                    pages.add(jsonWithTotal("/api/v1/search?type=" + type + "&q=" + h.word(), 0));
                }
            }
        }
        pages.add(json("/api/v1/search?q=" + visibleWord));

        // jobs: the list and its facets, the listing, the career sheet and its openings
        String jobs = jsonWithTotal("/api/v1/jobs?q=" + jobWord + "emploi", 0);
        assertThat(JsonPath.from(jobs).getList("facets.profile.findAll { it.value == '" + profile + "' }.count", Long.class))
                .allMatch(n -> n == 0);
        assertThat(JsonPath.from(jobs).getList("facets.contract.count", Long.class)).allMatch(n -> n == 0);
        pages.add(jobs);
        pages.add(json("/api/v1/jobs?size=100"));
        pages.add(jsonWithTotal("/api/v1/jobs?profile=" + profile, 0));
        assertThat(given().get("/api/v1/jobs/" + listing).then().extract().statusCode()).isIn(404, 410);
        String sheet = json("/api/v1/job-profiles/" + profile);
        assertThat(JsonPath.from(sheet).getLong("openListings.totalItems")).isZero();
        assertThat(JsonPath.from(sheet).getList("relatedArticles")).isEmpty();
        pages.add(sheet);
        pages.addAll(allPages("/api/v1/job-profiles"));

        for (String answer : pages) {
            for (Hidden h : hidden) {
                for (String trace : h.traces()) {
                    assertThat(answer).as("%s seen through %s", h.what(), trace).doesNotContainIgnoringCase(trace);
                }
            }
        }
    }

    // ---- the walk's reads ---------------------------------------------------------------------

    private static String json(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    private static String jsonWithTotal(String path, int total) {
        return given().get(path).then().statusCode(200).body("page.totalItems", is(total)).extract().asString();
    }

    private static String text(String path) {
        return given().get(path).then().statusCode(200).extract().asString();
    }

    /** Every page of a public list, 100 at a time. */
    private static List<String> allPages(String path) {
        List<String> pages = new ArrayList<>();
        int total;
        int number = 1;
        do {
            String page = json(path + "?size=100&page=" + number);
            pages.add(page);
            total = JsonPath.from(page).getInt("page.totalPages");
            number++;
        } while (number <= total);
        return pages;
    }

    // ---- the hidden things, made through the staff API ------------------------------------------

    /** A word no other test uses: lower-case letters only, so that it survives slugs and folding. */
    private static String word() {
        StringBuilder word = new StringBuilder("zv");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return word.toString();
    }

    private static Fixtures.Created hiddenArticle(String word, String section, String author, String shared, String status,
            String publishedAt) {
        var article = Fixtures.article().title("Article " + word).section(section).authors(author)
                .tags("etiquette-" + word, shared)
                .with("body", "<p>Un corps qui dit " + word + " une fois.</p>").status(status);
        if (publishedAt != null) {
            article.publishedAt(publishedAt);
        }
        return article.create();
    }

    private static void status(Fixtures.Created article, String status) {
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", article.etag())
                .contentType(ContentType.JSON).body(Map.of("status", status))
                .put("/api/v1/admin/articles/" + article.id() + "/status").then().statusCode(200);
    }

    private static String profile(String word, List<String> relatedArticles) {
        return Fixtures.create("/api/v1/admin/job-profiles", Map.of("title", "Métier " + word, "summary", "Un métier de test.",
                "relatedArticles", relatedArticles)).extract().path("slug");
    }

    private static String listing(String word, String profile, Instant validThrough) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Chargé de communication " + word + "emploi");
        body.put("company", Map.of("name", "Agence Test"));
        body.put("location", Map.of("city", "Paris", "postalCode", "75002", "region", "ile-de-france"));
        body.put("remote", "ON_SITE");
        body.put("contract", "CDI");
        body.put("salary", Map.of("min", 38000, "max", 45000));
        body.put("description", "<p>Une offre " + word + "emploi de test.</p>");
        body.put("profile", profile);
        body.put("validThrough", validThrough.truncatedTo(ChronoUnit.SECONDS).toString());
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.withRoles("recruiter")))
                .body(body).post("/api/v1/admin/jobs").then().statusCode(201).extract().path("slug");
    }
}
