package fr.kiosque.job;

import static fr.kiosque.job.JobFixtures.inDays;
import static fr.kiosque.job.JobFixtures.listing;
import static fr.kiosque.job.JobFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.job.api.JobFacets;
import fr.kiosque.job.api.JobViews.OpenListing;
import fr.kiosque.support.PageSpecs;
import fr.kiosque.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** The public job list (filters, facets, sorts), a listing's page with its JSON-LD, and expiry. */
@QuarkusTest
class JobPublicApiTest {

    private static final String JOBS = "/api/v1/jobs";

    @Inject
    TestClock clock;

    @Inject
    JobTargets service;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ---- fields ---------------------------------------------------------------------------

    @Test
    void aListingShowsExactlyItsPublicFieldsInTheListAndOnItsPage() {
        String token = token();
        var profile = JobFixtures.profile().title("Chef de projet digital " + token).create();
        var job = listing().title("Chef de projet digital (H/F) " + token)
                .with("company", Map.of("name", "Agence Fil Rouge", "website", "https://www.agence-filrouge.fr",
                        "logoUrl", "https://cdn.example.org/fil-rouge.png"))
                .city("Lyon").location("postalCode", "69002").region("auvergne-rhone-alpes")
                .remote("HYBRID").with("experienceLevel", "CONFIRMED").profile(profile.slug())
                .salary(40000, 50000)
                .with("description", "<p>Vous pilotez <strong>les projets</strong>.</p><script>alert(1)</script>")
                .create();

        JsonPath page = given().get(JOBS + "/" + job.slug()).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .body("slug", equalTo(job.slug()))
                .body("title", equalTo("Chef de projet digital (H/F) " + token))
                .body("company.name", equalTo("Agence Fil Rouge"))
                .body("company.website", equalTo("https://www.agence-filrouge.fr"))
                .body("company.logoUrl", equalTo("https://cdn.example.org/fil-rouge.png"))
                .body("location.city", equalTo("Lyon"))
                .body("location.postalCode", equalTo("69002"))
                .body("location.region.slug", equalTo("auvergne-rhone-alpes"))
                .body("location.region.name", equalTo("Auvergne-Rhône-Alpes"))
                .body("location.country", equalTo("FR"))
                .body("remote", equalTo("HYBRID"))
                .body("contract", equalTo("CDI"))
                .body("experienceLevel", equalTo("CONFIRMED"))
                .body("profile.slug", equalTo(profile.slug()))
                .body("profile.title", equalTo("Chef de projet digital " + token))
                .body("salary.min", is(40000))
                .body("salary.max", is(50000))
                .body("salary.currency", equalTo("EUR"))
                .body("salary.period", equalTo("YEAR"))
                .body("salary.gross", is(true))
                .body("description", equalTo("<p>Vous pilotez <strong>les projets</strong>.</p>"))
                .body("apply.method", equalTo("KIOSQUE"))
                .body("apply.url", nullValue())
                .extract().jsonPath();
        assertThat(page.getMap("").keySet()).containsExactlyInAnyOrder("slug", "title", "company", "location", "remote",
                "contract", "experienceLevel", "profile", "salary", "description", "datePosted", "validThrough", "apply", "jsonLd",
                "jsonLdScript");
        assertThat(page.getMap("company").keySet()).containsExactlyInAnyOrder("name", "website", "logoUrl");
        assertThat(page.getMap("location").keySet()).containsExactlyInAnyOrder("city", "postalCode", "region", "country");
        assertThat(page.getMap("location.region").keySet()).containsExactlyInAnyOrder("slug", "name");
        assertThat(page.getMap("profile").keySet()).containsExactlyInAnyOrder("slug", "title");
        assertThat(page.getMap("salary").keySet()).containsExactlyInAnyOrder("min", "max", "currency", "period", "gross");
        assertThat(page.getMap("apply").keySet()).containsExactlyInAnyOrder("method", "url");

        JsonPath list = given().queryParam("q", token).get(JOBS).then().statusCode(200)
                .body("items.slug", contains(job.slug()))
                .extract().jsonPath();
        assertThat(list.getMap("").keySet()).containsExactlyInAnyOrder("items", "page", "facets");
        assertThat(list.getMap("items[0]").keySet()).containsExactlyInAnyOrder("slug", "title", "company", "location", "remote",
                "contract", "experienceLevel", "profile", "salary", "datePosted", "validThrough");
        assertThat(list.getMap("facets").keySet()).containsExactlyInAnyOrder("contract", "remote", "region", "profile");
        assertThat(list.getMap("facets.contract[0]").keySet()).containsExactlyInAnyOrder("value", "label", "count", "selected");
    }

    @Test
    void salariesPaidByTheHourKeepTheirCents() {
        String token = token();
        var job = listing().title("Assistant de communication " + token).contract("INTERIM")
                .salary(12.5, 14).salary("period", "HOUR").create();
        given().get(JOBS + "/" + job.slug()).then().statusCode(200)
                .body("salary.min", equalTo(12.5f))
                .body("salary.max", is(14))
                .body("salary.period", equalTo("HOUR"))
                .body("jsonLd.baseSalary.value.unitText", equalTo("HOUR"));
    }

    // ---- JSON-LD --------------------------------------------------------------------------

    @Test
    void theJsonLdScriptIsTheJsonLdSerializedSafeToInsertInAScriptElement() throws Exception {
        String title = "x</script><script>alert(1)</script> " + token();
        var job = listing().title(title)
                .with("company", Map.of("name", "Dupont & Fils <SA>", "website", "https://www.dupont.example"))
                .with("description", "<p>Salaire &lt;/script&gt; &amp; avantages.</p>")
                .create();

        String body = given().get(JOBS + "/" + job.slug()).then().statusCode(200)
                .body("jsonLd.title", equalTo(title))
                .extract().asString();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode page = json.readTree(body);
        String script = page.get("jsonLdScript").textValue();
        assertThat(script).doesNotContain("<", ">", "&").contains("\\u003c/script\\u003e").startsWith("{");
        assertThat(json.readTree(script)).isEqualTo(page.get("jsonLd"));
        assertThat(json.readTree(script).get("title").textValue()).isEqualTo(title);
    }

    @Test
    void aFullyRemoteJobHasNoCityAndAnExternalApplication() {
        String token = token();
        var job = listing().title("Rédacteur web SEO " + token).remote("FULL_REMOTE").contract("FREELANCE")
                .with("location", Map.of("country", "BE"))
                .with("company", Map.of("name", "Studio Plume"))
                .salary(350, 450).salary("period", "DAY")
                .with("apply", Map.of("method", "EXTERNAL_URL", "url", "https://studio-plume.example.org/candidater"))
                .create();

        // its JSON-LD (TELECOMMUTE, the applicants' country): JobPostingJsonLdTest
        given().get(JOBS + "/" + job.slug()).then().statusCode(200)
                .body("location.city", nullValue())
                .body("location.region", nullValue())
                .body("location.country", equalTo("BE"))
                .body("apply.method", equalTo("EXTERNAL_URL"))
                .body("apply.url", equalTo("https://studio-plume.example.org/candidater"));
    }

    // ---- facets ---------------------------------------------------------------------------

    @Test
    void facetsCountTheFilterExceptTheirOwnDimension() {
        String token = token();
        var first = JobFixtures.profile().title("Alpha " + token).create();
        var second = JobFixtures.profile().title("Bêta " + token).create();
        var unused = JobFixtures.profile().title("Gamma " + token).create();
        listing().title("A " + token).contract("CDI").remote("ON_SITE").region("ile-de-france").profile(first.slug()).create();
        listing().title("B " + token).contract("CDI").remote("HYBRID").region("ile-de-france").profile(first.slug()).create();
        listing().title("C " + token).contract("CDD").remote("HYBRID").region("auvergne-rhone-alpes").city("Lyon")
                .profile(second.slug()).create();
        listing().title("D " + token).contract("INTERNSHIP").remote("FULL_REMOTE").with("location", Map.of("country", "FR")).create();
        listing().title("E " + token).contract("FREELANCE").remote("HYBRID").region("bretagne").city("Rennes")
                .profile(second.slug()).create();

        JsonPath all = given().queryParam("q", token).get(JOBS).then().statusCode(200)
                .body("page.totalItems", is(5)).extract().jsonPath();
        assertThat(facet(all, "contract")).containsExactly("CDI:2", "CDD:1", "FREELANCE:1", "INTERNSHIP:1");
        assertThat(facet(all, "remote")).containsExactly("ON_SITE:1", "HYBRID:3", "FULL_REMOTE:1");
        assertThat(facet(all, "region")).containsExactly("ile-de-france:2", "auvergne-rhone-alpes:1", "bretagne:1");
        assertThat(facet(all, "profile")).containsExactly(first.slug() + ":2", second.slug() + ":2");
        assertThat(all.getList("facets.contract.label")).containsExactly("CDI", "CDD", "Freelance", "Stage");
        assertThat(all.getList("facets.remote.label")).containsExactly("Sur site", "Hybride", "Télétravail complet");
        assertThat(all.getList("facets.region.label")).containsExactly("Île-de-France", "Auvergne-Rhône-Alpes", "Bretagne");
        assertThat(all.getList("facets.profile.label")).containsExactly("Alpha " + token, "Bêta " + token);
        assertThat(all.getList("facets.contract.selected", Boolean.class)).containsOnly(false);

        // contract=CDI: the list narrows, the contract facet still shows the other contracts
        JsonPath cdi = given().queryParam("q", token).queryParam("contract", "CDI").get(JOBS).then().statusCode(200)
                .body("page.totalItems", is(2)).extract().jsonPath();
        assertThat(facet(cdi, "contract")).containsExactly("CDI:2*", "CDD:1", "FREELANCE:1", "INTERNSHIP:1");
        assertThat(facet(cdi, "remote")).containsExactly("ON_SITE:1", "HYBRID:1");
        assertThat(facet(cdi, "region")).containsExactly("ile-de-france:2");
        assertThat(facet(cdi, "profile")).containsExactly(first.slug() + ":2");

        // two dimensions: each facet applies the other one
        JsonPath two = given().queryParam("q", token).queryParam("contract", "CDI").queryParam("remote", "HYBRID")
                .get(JOBS).then().statusCode(200)
                .body("page.totalItems", is(1)).body("items[0].title", equalTo("B " + token)).extract().jsonPath();
        assertThat(facet(two, "contract")).containsExactly("CDI:1*", "CDD:1", "FREELANCE:1");
        assertThat(facet(two, "remote")).containsExactly("ON_SITE:1", "HYBRID:1*");
        assertThat(facet(two, "region")).containsExactly("ile-de-france:1");
        assertThat(facet(two, "profile")).containsExactly(first.slug() + ":1");

        // a selected value that matches nothing stays in its facet, so that it can be unselected
        JsonPath none = given().queryParam("q", token).queryParam("region", "corse").queryParam("profile", unused.slug())
                .get(JOBS).then().statusCode(200)
                .body("page.totalItems", is(0)).body("items", empty()).extract().jsonPath();
        assertThat(facet(none, "region")).containsExactly("corse:0*");
        assertThat(facet(none, "profile")).containsExactly(unused.slug() + ":0*");
        assertThat(facet(none, "contract")).isEmpty();
        assertThat(none.getList("facets.profile.label")).containsExactly("Gamma " + token);
    }

    @Test
    void theProfileFacetShowsFiftySheetsAtMostTheSelectedOnesFirst() {
        String token = token();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i <= JobFacets.MAX_PROFILES; i++) {
            String slug = JobFixtures.profile().title("Fiche " + i + " " + token).create().slug();
            slugs.add(slug);
            listing().title("Offre " + i + " " + token).profile(slug).create();
        }
        listing().title("Offre bis " + token).profile(slugs.get(0)).create();
        String last = slugs.get(JobFacets.MAX_PROFILES);

        JsonPath all = given().queryParam("q", token).get(JOBS).then().statusCode(200)
                .body("page.totalItems", is(JobFacets.MAX_PROFILES + 2)).extract().jsonPath();
        assertThat(facet(all, "profile")).hasSize(JobFacets.MAX_PROFILES).startsWith(slugs.get(0) + ":2");

        JsonPath selected = given().queryParam("q", token).queryParam("profile", last).get(JOBS).then().statusCode(200)
                .body("page.totalItems", is(1)).extract().jsonPath();
        assertThat(facet(selected, "profile")).hasSize(JobFacets.MAX_PROFILES).startsWith(slugs.get(0) + ":2")
                .contains(last + ":1*");
    }

    /** "VALUE:count", with a star when selected. */
    private static List<String> facet(JsonPath json, String name) {
        List<Map<String, Object>> values = json.getList("facets." + name);
        return values.stream().map(v -> v.get("value") + ":" + v.get("count") + (Boolean.TRUE.equals(v.get("selected")) ? "*" : ""))
                .toList();
    }

    // ---- filters --------------------------------------------------------------------------

    @Test
    void qMatchesEveryWordInTitleCompanyOrDescriptionWhateverTheCaseAndAccents() {
        String token = token();
        var title = listing().title("Chargée de communication " + token).create();
        var company = listing().title("Poste " + token).with("company", Map.of("name", "Éditions Hélène")).create();
        var description = listing().title("Offre " + token).with("description", "<p>Culture <strong>numérique</strong> exigée</p>").create();

        assertThat(slugs(Map.of("q", token + " CHARGEE"))).containsExactly(title.slug());
        assertThat(slugs(Map.of("q", token + " editions helene"))).containsExactly(company.slug());
        assertThat(slugs(Map.of("q", "Numerique " + token))).containsExactly(description.slug());
        assertThat(slugs(Map.of("q", token + " strong"))).as("markup is not text").isEmpty();
        assertThat(slugs(Map.of("q", token))).containsExactlyInAnyOrder(title.slug(), company.slug(), description.slug());
    }

    @Test
    void contractsRemoteAndRegionsTakeSeveralValuesRepeatedOrCommaSeparated() {
        String token = token();
        var cdi = listing().title("A " + token).contract("CDI").remote("ON_SITE").create();
        var cdd = listing().title("B " + token).contract("CDD").remote("HYBRID").region("occitanie").city("Toulouse").create();
        listing().title("C " + token).contract("INTERNSHIP").remote("HYBRID").create();

        assertThat(given().queryParam("q", token).queryParam("contract", "CDI", "CDD").get(JOBS)
                .then().statusCode(200).extract().jsonPath().getList("items.slug", String.class))
                .containsExactlyInAnyOrder(cdi.slug(), cdd.slug());
        assertThat(slugs(Map.of("q", token, "contract", "CDI,CDD"))).containsExactlyInAnyOrder(cdi.slug(), cdd.slug());
        assertThat(slugs(Map.of("q", token, "remote", "HYBRID", "contract", "CDD,INTERNSHIP"))).hasSize(2).contains(cdd.slug());
        assertThat(slugs(Map.of("q", token, "region", "occitanie,bretagne"))).containsExactly(cdd.slug());
        assertThat(slugs(Map.of("q", token, "remote", "FULL_REMOTE"))).isEmpty();
    }

    @Test
    void cityProfileSalaryAndDateFilters() {
        String token = token();
        var profile = JobFixtures.profile().create();
        var stEtienne = listing().title("A " + token).city("Saint-Étienne").region("auvergne-rhone-alpes")
                .salary(2500, 3000).salary("period", "MONTH").posted(Instant.parse("2026-10-01T08:00:00Z")).create();
        var paris = listing().title("B " + token).profile(profile.slug()).salary(30000, 35000)
                .posted(Instant.parse("2026-11-10T08:00:00Z")).create();

        assertThat(slugs(Map.of("q", token, "city", "saint etienne"))).containsExactly(stEtienne.slug());
        assertThat(slugs(Map.of("q", token, "city", "SAINT-ÉTIENNE"))).containsExactly(stEtienne.slug());
        assertThat(slugs(Map.of("q", token, "profile", profile.slug()))).containsExactly(paris.slug());
        // 3,000 a month is 36,000 a year
        assertThat(slugs(Map.of("q", token, "salaryMin", "36000"))).containsExactly(stEtienne.slug());
        assertThat(slugs(Map.of("q", token, "salaryMin", "35000"))).containsExactlyInAnyOrder(stEtienne.slug(), paris.slug());
        assertThat(slugs(Map.of("q", token, "salaryMin", "36001"))).isEmpty();
        assertThat(slugs(Map.of("q", token, "postedAfter", "2026-11-01"))).containsExactly(paris.slug());
        assertThat(slugs(Map.of("q", token, "postedAfter", "2026-10-01T08:00:00Z"))).hasSize(2);
    }

    @Test
    void sortsByDateOrYearlySalaryAndPagesWithLinks() {
        String token = token();
        var old = listing().title("A " + token).salary(50000, 60000).posted(Instant.parse("2026-09-01T08:00:00Z")).create();
        var recent = listing().title("B " + token).salary(2000, 2500).salary("period", "MONTH")
                .posted(Instant.parse("2026-11-01T08:00:00Z")).create();
        var middle = listing().title("C " + token).salary(35000, 40000).posted(Instant.parse("2026-10-01T08:00:00Z")).create();

        assertThat(slugs(Map.of("q", token))).containsExactly(recent.slug(), middle.slug(), old.slug());
        assertThat(slugs(Map.of("q", token, "sort", "datePosted"))).containsExactly(old.slug(), middle.slug(), recent.slug());
        // yearly maximums: 60,000; 30,000 (2,500 × 12); 40,000
        assertThat(slugs(Map.of("q", token, "sort", "-salary"))).containsExactly(old.slug(), middle.slug(), recent.slug());
        assertThat(slugs(Map.of("q", token, "sort", "salary"))).containsExactly(recent.slug(), middle.slug(), old.slug());

        given().queryParam("q", token).queryParam("size", 1).get(JOBS)
                .then().spec(PageSpecs.firstOfSeveralPagesOfOne())
                .body("page.totalItems", is(3)).body("page.totalPages", is(3))
                .body("items[0].slug", equalTo(recent.slug()));
        given().queryParam("q", token).queryParam("size", 1).queryParam("page", 3).get(JOBS)
                .then().statusCode(200).body("items[0].slug", equalTo(old.slug()));
    }

    @Test
    void aBadParameterIs400NamingIt() {
        expect400(Map.of("contract", "CDI,PIGISTE"), "contract");
        expect400(Map.of("remote", "PARFOIS"), "remote");
        expect400(Map.of("region", "nulle-part"), "region");
        expect400(Map.of("profile", "Pas Un Slug"), "profile");
        expect400(Map.of("salaryMin", "beaucoup"), "salaryMin");
        expect400(Map.of("salaryMin", "-1"), "salaryMin");
        expect400(Map.of("postedAfter", "hier"), "postedAfter");
        expect400(Map.of("sort", "title"), "sort");
        expect400(Map.of("q", "x".repeat(201)), "q");
        expect400(Map.of("q", "a b c d e f g h i j k"), "q");
        expect400(Map.of("city", "x".repeat(201)), "city");
        expect400(Map.of("page", "0"), "page");
    }

    @Test
    void aFilterTakesTwentyValuesAtMost() {
        for (String name : List.of("contract", "remote", "region", "profile")) {
            String value = switch (name) {
                case "contract" -> "CDI";
                case "remote" -> "HYBRID";
                case "region" -> "bretagne";
                default -> "community-manager";
            };
            given().queryParam(name, java.util.Collections.nCopies(20, value)).get(JOBS).then().statusCode(200);
            given().queryParam(name, java.util.Collections.nCopies(21, value)).get(JOBS).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains(name));
        }
        String twentyOne = String.join(",", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "fiche-" + i).toList());
        expect400(Map.of("profile", twentyOne), "profile");
    }

    private static void expect400(Map<String, String> params, String field) {
        given().queryParams(params).get(JOBS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    void theRegionsAreTheThirteenOfMetropolitanFranceThenTheFiveOverseas() {
        JsonPath regions = given().get("/api/v1/job-regions").then().statusCode(200).extract().jsonPath();
        assertThat(regions.getList("slug")).hasSize(18).startsWith("auvergne-rhone-alpes").endsWith("mayotte")
                .contains("ile-de-france", "provence-alpes-cote-d-azur", "la-reunion");
        assertThat(regions.getList("name")).contains("Île-de-France", "Provence-Alpes-Côte d'Azur", "La Réunion");
        assertThat(regions.getMap("[0]").keySet()).containsExactlyInAnyOrder("slug", "name");
    }

    // ---- visibility -----------------------------------------------------------------------

    @Test
    void anUnknownDraftOrNotYetPostedListingIs404() {
        var draft = listing().with("status", "DRAFT").create();
        var scheduled = listing().posted(inDays(2)).create();
        given().get(JOBS + "/inexistante-" + token()).then().statusCode(404).contentType("application/problem+json");
        given().get(JOBS + "/" + draft.slug()).then().statusCode(404);
        given().get(JOBS + "/" + scheduled.slug()).then().statusCode(404);
    }

    @Test
    void aClosedListingIs410AndLeavesTheList() {
        String token = token();
        var job = listing().title("Attaché de presse " + token).create();
        given().get(JOBS + "/" + job.slug()).then().statusCode(200);

        given().header("Authorization", JobFixtures.recruiter()).post(JobFixtures.ADMIN_JOBS + "/" + job.id() + "/close")
                .then().statusCode(200);

        given().get(JOBS + "/" + job.slug()).then().statusCode(410)
                .contentType("application/problem+json")
                .header("Cache-Control", "private, no-store")
                .body("type", equalTo("urn:kiosque:problem:gone"))
                .body("status", is(410));
        given().queryParam("q", token).get(JOBS).then().statusCode(200).body("page.totalItems", is(0));
    }

    @Test
    void aListingLeavesTheListAndIsGoneAtItsValidThroughEvenFromTheCache() {
        String token = token();
        Instant validThrough = Instant.now().plus(Duration.ofHours(1));
        var job = listing().title("Data analyst marketing " + token).validThrough(validThrough).create();
        var lasting = listing().title("Data analyst marketing " + token).create();
        String list = JOBS + "?q=" + token;
        try {
            given().get(list).then().statusCode(200).body("page.totalItems", is(2));
            given().get(list).then().statusCode(200).header("X-Kiosque-Cache", "HIT");
            given().get(JOBS + "/" + job.slug()).then().statusCode(200);
            given().get(JOBS + "/" + job.slug()).then().statusCode(200).header("X-Kiosque-Cache", "HIT");
            assertThat(service.openListing(job.slug())).isPresent();

            clock.advance(Duration.ofMinutes(61));

            given().get(list).then().statusCode(200).header("X-Kiosque-Cache", "MISS")
                    .body("page.totalItems", is(1))
                    .body("items.slug", contains(lasting.slug()));
            given().get(JOBS + "/" + job.slug()).then().statusCode(410);
            assertThat(service.openListing(job.slug())).as("an expired listing accepts no application").isEmpty();
        } finally {
            clock.reset();
        }
    }

    @Test
    void aScheduledListingAppearsAtItsDatePosted() {
        String token = token();
        var job = listing().title("Social media manager " + token).posted(Instant.now().plus(Duration.ofHours(1))).create();
        String list = JOBS + "?q=" + token;
        try {
            given().get(list).then().statusCode(200).body("page.totalItems", is(0));
            given().get(list).then().statusCode(200).header("X-Kiosque-Cache", "HIT");

            clock.advance(Duration.ofMinutes(61));

            given().get(list).then().statusCode(200).header("X-Kiosque-Cache", "MISS")
                    .body("items.slug", contains(job.slug()));
            given().get(JOBS + "/" + job.slug()).then().statusCode(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void publicAnswersRevalidateWith304() {
        var job = listing().create();
        for (String url : List.of(JOBS + "/" + job.slug(), JOBS + "?q=" + token(), "/api/v1/job-regions")) {
            String etag = given().get(url).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).get(url).then().statusCode(304);
        }
    }

    // ---- applications ---------------------------------------------------------------------

    @Test
    void onlyAnOpenListingAcceptsApplicationsAndOnlyThroughKiosqueWhenItSaysSo() {
        var kiosque = listing().create();
        var external = listing().with("apply", Map.of("method", "EXTERNAL_URL", "url", "https://example.org/postuler")).create();
        var draft = listing().with("status", "DRAFT").create();
        var scheduled = listing().posted(inDays(1)).create();
        var closed = listing().create();
        given().header("Authorization", JobFixtures.recruiter()).post(JobFixtures.ADMIN_JOBS + "/" + closed.id() + "/close")
                .then().statusCode(200);

        Optional<OpenListing> open = service.openListing(kiosque.slug());
        assertThat(open).isPresent();
        assertThat(open.get().acceptsKiosqueApplications()).isTrue();
        assertThat(open.get().slug()).isEqualTo(kiosque.slug());
        assertThat(open.get().companyName()).isEqualTo("Agence Test");
        assertThat(service.openListing(external.slug())).get()
                .satisfies(listing -> assertThat(listing.acceptsKiosqueApplications()).isFalse())
                .satisfies(listing -> assertThat(listing.applyUrl()).isEqualTo("https://example.org/postuler"));
        assertThat(service.openListing(draft.slug())).isEmpty();
        assertThat(service.openListing(scheduled.slug())).isEmpty();
        assertThat(service.openListing(closed.slug())).isEmpty();
        assertThat(service.openListing("inexistante-" + token())).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------

    private static List<String> slugs(Map<String, String> params) {
        return given().queryParams(params).get(JOBS).then().statusCode(200).extract().jsonPath().getList("items.slug", String.class);
    }
}
