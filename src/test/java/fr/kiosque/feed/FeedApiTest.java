package fr.kiosque.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.rometools.modules.mediarss.MediaEntryModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class FeedApiTest {

    static final String BASE = "https://www.kiosque.fr";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    record Setup(String section, String sectionName, String author, String tag, List<Fixtures.Created> newestFirst) {
    }

    /** A section of three articles published a day apart, the newest with a cover, all with a tag and an author. */
    static Setup magazine() {
        String sectionName = Fixtures.unique("Rubrique flux");
        String section = Fixtures.section(sectionName);
        String author = Fixtures.author(Fixtures.unique("Anne Rédac"));
        String tagName = Fixtures.unique("Étiquette");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Fixtures.Created> created = new ArrayList<>();
        for (int i = 3; i >= 1; i--) {
            var builder = Fixtures.article().title(Fixtures.unique("Article n°" + i + " & « guillemets »"))
                    .section(section).authors(author).tags(tagName)
                    .with("standfirst", "Chapô " + i + " : l'essentiel.")
                    .with("body", "<p>Corps <strong>complet</strong> " + i + ".</p>")
                    .publishedAt(now.minus(Duration.ofDays(i)).toString());
            if (i == 1) {
                builder.with("coverImage", Map.of("url", "https://cdn.example.org/couverture.jpg", "alt", "Une couverture"));
            }
            created.add(0, builder.create());
        }
        String tag = given().when().get("/api/v1/articles/" + created.get(0).slug()).then().statusCode(200)
                .extract().path("tags[0].slug");
        return new Setup(section, sectionName, author, tag, created);
    }

    static ExtractableResponse<Response> fetch(String path) {
        return given().when().get(path).then().statusCode(200).extract();
    }

    static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }

    @Test
    void rssParsesBackWithItemsInOrderAndEverythingAReaderNeeds() throws Exception {
        Setup setup = magazine();
        var response = fetch("/feeds/articles.rss?section=" + setup.section());
        assertThat(response.contentType()).isEqualTo("application/rss+xml;charset=UTF-8");
        assertThat(response.header("Last-Modified")).isNotNull();
        assertThat(response.header("ETag")).isNotNull();
        SyndFeed feed = parse(response.asString());

        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getTitle()).isEqualTo("Kiosque — " + setup.sectionName());
        assertThat(feed.getLink()).isEqualTo(BASE + "/rubriques/" + setup.section());
        assertThat(response.asString()).contains("<atom:link href=\"https://api.kiosque.test/feeds/articles.rss?section="
                + setup.section() + "\" rel=\"self\" type=\"application/rss+xml\"");
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).extracting(SyndEntry::getLink)
                .containsExactlyElementsOf(setup.newestFirst().stream().map(c -> BASE + "/articles/" + c.slug()).toList());
        SyndEntry newest = entries.get(0);
        assertThat(newest.getUri()).isEqualTo("tag:www.kiosque.fr,2026:article:" + setup.newestFirst().get(0).id());
        assertThat(newest.getTitle()).contains("& « guillemets »");
        assertThat(newest.getDescription().getValue()).isEqualTo("Chapô 1 : l'essentiel.");
        assertThat(newest.getContents()).hasSize(1);
        assertThat(newest.getContents().get(0).getValue()).contains("<strong>complet</strong>");
        assertThat(newest.getCategories()).extracting(SyndCategory::getName).contains(setup.sectionName());
        assertThat(newest.getAuthor()).startsWith("Anne Rédac");
        assertThat(newest.getPublishedDate()).isNotNull();
        MediaEntryModule media = (MediaEntryModule) newest.getModule(MediaEntryModule.URI);
        assertThat(((com.rometools.modules.mediarss.types.UrlReference) media.getMediaContents()[0].getReference()).getUrl().toString()).isEqualTo("https://cdn.example.org/couverture.jpg");
        assertThat(entries.get(1).getModule(MediaEntryModule.URI)).isNull();
    }

    @Test
    void feedReadersAskingForXmlOrJsonGetTheFeedMissOrHit() {
        Setup setup = magazine();
        Map<String, List<String>> accepted = Map.of(
                "/feeds/articles.rss?section=" + setup.section(), List.of("application/xml", "text/xml",
                        "application/rss+xml, application/xml;q=0.9, */*;q=0.1"),
                "/feeds/articles.atom?section=" + setup.section(), List.of("application/xml", "text/xml"),
                "/feeds/articles.json?section=" + setup.section(), List.of("application/json"));
        accepted.forEach((path, accepts) -> {
            String type = path.contains(".rss") ? "application/rss+xml" : path.contains(".atom") ? "application/atom+xml"
                    : "application/feed+json";
            for (String accept : accepts) {
                for (int i = 0; i < 2; i++) { // the first may be a miss, the second is a hit
                    given().accept(accept).get(path).then().statusCode(200).contentType(type + ";charset=UTF-8");
                }
            }
            given().accept("text/html").get(path).then().statusCode(406).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("application/rss+xml"));
        });
    }

    @Test
    void aForgedHostHeaderNeverReachesAFeedNorItsCachedCopy() {
        Setup setup = magazine();
        for (String path : List.of("/feeds/articles.rss?section=" + setup.section(), "/feeds/articles.json?tag=" + setup.tag(),
                "/feeds/articles.atom?author=" + setup.author(), "/feeds/jobs.json?limit=3")) {
            String forged = given().header("Host", "evil.example").get(path).then().statusCode(200).extract().asString();
            String next = given().get(path).then().statusCode(200).extract().asString();
            assertThat(forged).as(path).doesNotContain("evil.example").contains("https://api.kiosque.test" + path);
            assertThat(next).as(path).doesNotContain("evil.example");
        }
    }

    @Test
    void atomParsesBackWithSelfLinkIdsAndDates() throws Exception {
        Setup setup = magazine();
        var response = fetch("/feeds/articles.atom?author=" + setup.author());
        assertThat(response.contentType()).isEqualTo("application/atom+xml;charset=UTF-8");
        SyndFeed feed = parse(response.asString());

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getLinks()).extracting(SyndLink::getRel).contains("self", "alternate");
        assertThat(feed.getLinks()).filteredOn(link -> link.getRel().equals("self")).extracting(SyndLink::getHref)
                .containsExactly("https://api.kiosque.test/feeds/articles.atom?author=" + setup.author());
        assertThat(feed.getUri()).isEqualTo("tag:www.kiosque.fr,2026:feed:/feeds/articles.atom?author=" + setup.author());
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).extracting(SyndEntry::getUri).containsExactlyElementsOf(
                setup.newestFirst().stream().map(c -> "tag:www.kiosque.fr,2026:article:" + c.id()).toList());
        assertThat(entries.get(0).getUpdatedDate()).isNotNull();
        assertThat(entries.get(0).getPublishedDate()).isNotNull();
        assertThat(entries.get(0).getContents().get(0).getValue()).contains("<strong>complet</strong>");
        assertThat(entries.get(0).getAuthors()).isNotEmpty();
    }

    @Test
    void jsonFeedHasTheRequiredFieldsInOrder() {
        Setup setup = magazine();
        var response = fetch("/feeds/articles.json?tag=" + setup.tag() + "&limit=2");
        assertThat(response.contentType()).isEqualTo("application/feed+json;charset=UTF-8");
        JsonPath json = JsonPath.from(response.asString());
        assertThat(json.getString("version")).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(json.getString("title")).isNotBlank();
        // the request's canonical form: its declared parameters, sorted (common/http/cache/PublicRoutes)
        assertThat(json.getString("feed_url")).isEqualTo("https://api.kiosque.test/feeds/articles.json?limit=2&tag=" + setup.tag());
        assertThat(json.getList("items.id")).containsExactly(
                "tag:www.kiosque.fr,2026:article:" + setup.newestFirst().get(0).id(),
                "tag:www.kiosque.fr,2026:article:" + setup.newestFirst().get(1).id());
        assertThat(json.getString("items[0].content_html")).contains("<strong>complet</strong>");
        assertThat(json.getString("items[0].url")).isEqualTo(BASE + "/articles/" + setup.newestFirst().get(0).slug());
        assertThat(json.getString("items[0].image")).isEqualTo("https://cdn.example.org/couverture.jpg");
        assertThat(json.getString("items[0].date_published")).isNotNull();
        assertThat(json.getList("items[0].tags")).isNotEmpty();
        assertThat(json.getString("items[0].authors[0].name")).startsWith("Anne Rédac");
    }

    @Test
    void conditionalGetAnswers304AndAPublicationChangesTheFeed() {
        Setup setup = magazine();
        String path = "/feeds/articles.rss?section=" + setup.section();
        String etag = fetch(path).header("ETag");
        given().header("If-None-Match", etag).when().get(path).then().statusCode(304);

        Fixtures.article().section(setup.section()).create();
        String changed = fetch(path).header("ETag");
        assertThat(changed).isNotEqualTo(etag);
        given().header("If-None-Match", changed).when().get(path).then().statusCode(304);
    }

    @Test
    void ifModifiedSinceAloneRevalidatesOnTheDatabasePathAndFromTheCache() {
        Setup setup = magazine();
        String path = "/feeds/articles.atom?section=" + setup.section();
        Fixtures.article().section(setup.section()).create(); // a write: the next answer is rendered, not cached
        var first = fetch(path);
        String lastModified = first.header("Last-Modified");
        assertThat(first.header("X-Kiosque-Cache")).isEqualTo("MISS");
        // the rendered path (a new URL each time: the feed's other limit) and the cached one
        given().header("If-Modified-Since", lastModified).when().get(path + "&limit=7").then().statusCode(304);
        given().header("If-Modified-Since", lastModified).when().get(path).then().statusCode(304)
                .header("X-Kiosque-Cache", "HIT");
        String before = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.parse(lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1));
        given().header("If-Modified-Since", before).when().get(path).then().statusCode(200);
        given().header("If-Modified-Since", "hier").when().get(path).then().statusCode(200);
        // If-None-Match takes precedence: a stale tag gets the feed even with a current date
        given().header("If-None-Match", "\"ancien\"").header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(200);
    }

    @Test
    void everyFeedRevalidatesWith304AndRefusesABadLimit() {
        for (String path : new String[] { "/feeds/articles.rss", "/feeds/articles.atom", "/feeds/articles.json",
                "/feeds/jobs.rss", "/feeds/jobs.atom", "/feeds/jobs.json" }) {
            String etag = fetch(path).header("ETag");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304);
            given().queryParam("limit", "0").when().get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void aTagOrAnAuthorOnlyDraftsUseIs404InEveryFeedUntilAnArticleWithItIsPublished() {
        String tagName = Fixtures.unique("Projet secret");
        String tag = fr.kiosque.common.text.Slugs.slugify(tagName);
        String authorName = Fixtures.unique("Plume confidentielle");
        String author = Fixtures.author(authorName);
        var draft = Fixtures.article().status("DRAFT").authors(author).tags(tagName).create();
        given().get("/api/v1/tags/" + tag).then().statusCode(404);
        given().get("/api/v1/authors/" + author).then().statusCode(404);

        for (String feed : new String[] { "rss", "atom", "json" }) {
            Response byTag = given().queryParam("tag", tag).when().get("/feeds/articles." + feed);
            byTag.then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("Aucun mot-clé ne porte le slug « " + tag + " »."));
            assertThat(byTag.asString()).doesNotContain(tagName);
            Response byAuthor = given().queryParam("author", author).when().get("/feeds/articles." + feed);
            byAuthor.then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("Aucun auteur ne porte le slug « " + author + " »."));
            assertThat(byAuthor.asString()).doesNotContain(authorName);
            // asked again: still 404, nothing was cached
            given().queryParam("tag", tag).when().get("/feeds/articles." + feed).then().statusCode(404);
        }

        String admin = "/api/v1/admin/articles/" + draft.id();
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", Fixtures.etag(admin))
                .contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED"))
                .when().put(admin + "/status")
                .then().statusCode(200);
        for (String feed : new String[] { "rss", "atom", "json" }) {
            assertThat(fetch("/feeds/articles." + feed + "?tag=" + tag).asString()).contains(tagName);
            assertThat(fetch("/feeds/articles." + feed + "?author=" + author).asString()).contains(authorName);
        }
    }

    @Test
    void badParametersAre400AndUnknownTermsAre404() {
        for (String limit : new String[] { "0", "101", "abc" }) {
            given().queryParam("limit", limit).when().get("/feeds/articles.rss").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        }
        given().queryParam("limit", "100").when().get("/feeds/articles.atom").then().statusCode(200);
        given().queryParam("section", "Pas Un Slug").when().get("/feeds/articles.json").then().statusCode(400)
                .body("errors[0].field", equalTo("section"));
        for (String feed : new String[] { "rss", "atom", "json" }) {
            given().queryParam("section", "rubrique-inexistante-zz").when().get("/feeds/articles." + feed)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("Aucune rubrique ne porte le slug « rubrique-inexistante-zz »."));
        }
        given().queryParam("author", "auteur-inexistant-zz").when().get("/feeds/articles.rss").then().statusCode(404)
                .body("detail", equalTo("Aucun auteur ne porte le slug « auteur-inexistant-zz »."));
        for (String feed : new String[] { "rss", "atom", "json" }) {
            given().queryParam("limit", "-1").when().get("/feeds/jobs." + feed).then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    @Test
    void jobFeedsListOpenListingsNewestFirst() throws Exception {
        String title = Fixtures.unique("Chargé de communication");
        String slug = createListing(title);

        SyndFeed rss = parse(fetch("/feeds/jobs.rss?limit=100").asString());
        SyndEntry entry = rss.getEntries().stream().filter(e -> e.getLink().equals(BASE + "/emplois/" + slug)).findFirst()
                .orElseThrow();
        assertThat(entry.getTitle()).isEqualTo(title + " — Agence Flux (Lyon)");
        assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly("CDI");
        List<java.util.Date> dates = rss.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        SyndFeed atom = parse(fetch("/feeds/jobs.atom?limit=100").asString());
        assertThat(atom.getEntries()).extracting(SyndEntry::getLink).contains(BASE + "/emplois/" + slug);
        var json = fetch("/feeds/jobs.json?limit=100");
        assertThat(json.contentType()).isEqualTo("application/feed+json;charset=UTF-8");
        assertThat(JsonPath.from(json.asString()).getList("items.url")).contains(BASE + "/emplois/" + slug);
        String etag = json.header("ETag");
        given().header("If-None-Match", etag).when().get("/feeds/jobs.json?limit=100").then().statusCode(304);
        given().when().get("/feeds/jobs.atom").then().statusCode(200).header("Last-Modified", notNullValue());
    }

    @Test
    void theSitemapIndexListsPagesAndArticleFilesWithLastmod() throws Exception {
        Setup setup = magazine();
        String listing = createListing(Fixtures.unique("Social media manager"));
        String profile = given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.editor()))
                .body(Map.of("title", Fixtures.unique("Rédacteur web"), "summary", "Écrire pour le web."))
                .when().post("/api/v1/admin/job-profiles").then().statusCode(201).extract().path("slug");
        String draft = Fixtures.article().status("DRAFT").create().slug();

        var index = fetch("/sitemap.xml");
        assertThat(index.contentType()).isEqualTo("application/xml;charset=UTF-8");
        List<String> files = sitemaps(index.asByteArray());
        String api = "https://api.kiosque.test";
        assertThat(files.get(0)).isEqualTo(api + "/sitemaps/pages.xml");
        int last = files.size() - 1; // articles-1 … articles-last, 5 articles each in tests (kiosque.feeds.sitemap-articles)
        assertThat(files.subList(1, files.size())).isEqualTo(java.util.stream.IntStream.rangeClosed(1, last)
                .mapToObj(n -> api + "/sitemaps/articles-" + n + ".xml").toList());

        Map<String, String> pages = urls(fetch("/sitemaps/pages.xml").asByteArray());
        assertThat(pages.get(BASE + "/rubriques/" + setup.section())).isNotBlank();
        assertThat(pages.get(BASE + "/fiches-metiers/" + profile)).isNotBlank();
        assertThat(pages.get(BASE + "/emplois/" + listing)).isNotBlank();

        // the newest articles are in the last files; every file holds 5 at most, the oldest first
        Map<String, String> newest = new HashMap<>();
        for (int n = Math.max(1, last - 1); n <= last; n++) {
            Map<String, String> file = urls(fetch("/sitemaps/articles-" + n + ".xml").asByteArray());
            assertThat(file).hasSizeLessThanOrEqualTo(5);
            newest.putAll(file);
        }
        for (var article : setup.newestFirst()) {
            Instant.parse(newest.get(BASE + "/articles/" + article.slug()));
        }
        assertThat(newest).doesNotContainKey(BASE + "/articles/" + draft);
        assertThat(urls(fetch("/sitemaps/articles-1.xml").asByteArray())).hasSize(5);
        for (String beyond : List.of("/sitemaps/articles-" + (last + 1) + ".xml", "/sitemaps/articles-0.xml")) {
            given().get(beyond).then().statusCode(404).contentType("application/problem+json");
        }
        given().get("/sitemaps/articles-abc.xml").then().statusCode(404).contentType("application/problem+json");
        given().header("If-None-Match", index.header("ETag")).when().get("/sitemap.xml").then().statusCode(304);
        for (String file : List.of("/sitemaps/pages.xml", "/sitemaps/articles-1.xml")) {
            String etag = fetch(file).header("ETag");
            given().header("If-None-Match", etag).when().get(file).then().statusCode(304);
        }
    }

    /** The loc of each sitemap of an index, in order. */
    static List<String> sitemaps(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> locs = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(nodes.item(i).getTextContent());
        }
        return locs;
    }

    /** loc → lastmod, from a namespace-aware XML parse. */
    static Map<String, String> urls(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        Map<String, String> urls = new HashMap<>();
        NodeList nodes = document.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element url = (Element) nodes.item(i);
            String loc = url.getElementsByTagNameNS("*", "loc").item(0).getTextContent();
            var lastmod = url.getElementsByTagNameNS("*", "lastmod");
            urls.put(loc, lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent());
        }
        assertThat(new String(xml, StandardCharsets.UTF_8)).startsWith("<?xml");
        return urls;
    }

    static String createListing(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("company", Map.of("name", "Agence Flux"));
        body.put("location", Map.of("city", "Lyon", "postalCode", "69002", "region", "auvergne-rhone-alpes"));
        body.put("remote", "HYBRID");
        body.put("contract", "CDI");
        body.put("salary", Map.of("min", 38000, "max", 45000));
        body.put("description", "<p>Une offre pour le flux.</p>");
        body.put("validThrough", Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS).toString());
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.withRoles("recruiter")))
                .body(body).when().post("/api/v1/admin/jobs").then().statusCode(201).extract().path("slug");
    }
}
