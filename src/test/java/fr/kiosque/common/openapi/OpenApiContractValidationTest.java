package fr.kiosque.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.OpenApiContract;
import fr.kiosque.support.OpenApiContract.Verdict;

/**
 * The judge of real answers can fail: the committed contract, given answers that break it, says
 * where. (The answers are made up; every real one goes through ContractValidationFilter.)
 */
class OpenApiContractValidationTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.committed();
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private static Verdict author(String body) {
        return CONTRACT.check("GET", "/api/v1/authors/anne-redac", 200, JSON + ";charset=UTF-8", body);
    }

    @Test
    void aRightAnswerPasses() {
        Verdict verdict = author("""
                {"slug": "anne-redac", "name": "Anne Rédac", "role": "Journaliste",
                 "bio": "Anne couvre les réseaux sociaux.", "avatarUrl": "https://cdn.kiosque.fr/a.jpg", "articleCount": 3}""");
        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.pair()).isEqualTo("GET /api/v1/authors/{slug} 200");
    }

    @Test
    void nullIsRightWhereTheContractSaysNullable() {
        assertThat(author("""
                {"slug": "anne-redac", "name": "Anne Rédac", "role": null, "bio": null, "avatarUrl": null, "articleCount": 0}""")
                .violations()).isEmpty();
    }

    @Test
    void nullWhereTheContractPromisesAStringFails() {
        assertThat(author("""
                {"slug": "anne-redac", "name": null, "role": null, "bio": null, "avatarUrl": null, "articleCount": 0}""")
                .violations()).singleElement().asString().startsWith("/name: ").contains("null");
    }

    @Test
    void aMissingRequiredFieldFails() {
        assertThat(author("""
                {"slug": "anne-redac", "name": "Anne Rédac", "role": null, "bio": null, "avatarUrl": null}""")
                .violations()).singleElement().asString().contains("articleCount");
    }

    @Test
    void aFieldTheContractDoesNotDocumentFails() {
        assertThat(author("""
                {"slug": "anne-redac", "name": "Anne Rédac", "role": null, "bio": null, "avatarUrl": null,
                 "articleCount": 0, "email": "anne@kiosque.fr"}""")
                .violations()).singleElement().asString().contains("email");
    }

    @Test
    void aWrongTypeOrFormatFailsAtItsPointer() {
        Verdict verdict = CONTRACT.check("GET", "/api/v1/admin/tags/7", 200, JSON, """
                {"id": "sept", "slug": "x", "name": "X", "createdAt": "hier", "updatedAt": "2026-11-20T08:00:00Z", "version": 0}""");
        assertThat(verdict.violations()).hasSize(2)
                .anySatisfy(v -> assertThat(v).startsWith("/id: "))
                .anySatisfy(v -> assertThat(v).startsWith("/createdAt: "));
        assertThat(verdict.operation()).isEqualTo("GET /api/v1/admin/tags/{id}");
    }

    @Test
    void anUndocumentedStatusFails() {
        assertThat(CONTRACT.check("GET", "/api/v1/articles", 418, PROBLEM, "{}").violations())
                .singleElement().asString().contains("status 418 is not documented");
    }

    @Test
    void anUndocumentedMediaTypeFails() {
        assertThat(CONTRACT.check("GET", "/api/v1/authors/anne-redac", 200, "text/html", "<p>Anne</p>").violations())
                .singleElement().asString().contains("media type text/html is not documented");
    }

    @Test
    void bodilessAnswersHaveNoBody() {
        assertThat(CONTRACT.check("GET", "/api/v1/articles/un-article", 304, null, "").violations()).isEmpty();
        assertThat(CONTRACT.check("DELETE", "/api/v1/admin/articles/12", 204, JSON, "{\"id\": 12}").violations())
                .singleElement().asString().contains("documents no body");
        assertThat(CONTRACT.check("GET", "/api/v1/articles/un-article", 200, JSON, "").violations())
                .singleElement().asString().contains("the answer has none");
    }

    @Test
    void problemsMustBeWhole() {
        String whole = """
                {"type": "urn:kiosque:problem:not-found", "title": "Ressource introuvable", "status": 404,
                 "detail": "Aucun article.", "instance": "/api/v1/articles/x"}""";
        assertThat(CONTRACT.check("GET", "/api/v1/articles/x", 404, PROBLEM, whole).violations()).isEmpty();
        assertThat(CONTRACT.check("GET", "/api/v1/articles/x", 404, PROBLEM, """
                {"type": "urn:kiosque:problem:not-found", "title": "Ressource introuvable", "status": 404}""")
                .violations()).isNotEmpty()
                .anySatisfy(v -> assertThat(v).contains("detail"))
                .anySatisfy(v -> assertThat(v).contains("instance"));
        assertThat(CONTRACT.check("GET", "/api/v1/articles/x", 404, JSON, whole).violations())
                .singleElement().asString().contains("media type application/json is not documented");
    }

    @Test
    void answersOutsideTheContractAreNotJudgedButTheirProblemsAre() {
        Verdict health = CONTRACT.check("GET", "/q/health", 200, JSON, "{\"status\": \"UP\"}");
        assertThat(health.operation()).isNull();
        assertThat(health.violations()).isEmpty();
        assertThat(CONTRACT.check("DELETE", "/api/v1/articles", 405, PROBLEM, "{\"status\": 405}").violations())
                .isNotEmpty();
    }

    @Test
    void pathsMatchTheirTemplates() {
        assertThat(CONTRACT.operation("PUT", "/api/v1/admin/articles/12/status")).isEqualTo("PUT /api/v1/admin/articles/{id}/status");
        assertThat(CONTRACT.operation("GET", "/api/v1/admin/articles")).isEqualTo("GET /api/v1/admin/articles");
        assertThat(CONTRACT.operation("GET", "/api/v1/articles/un-slug/commentaires")).isNull();
        assertThat(CONTRACT.operation("POST", "/api/v1/articles")).isNull();
    }
}
