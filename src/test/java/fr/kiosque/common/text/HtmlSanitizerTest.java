package fr.kiosque.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void removesScriptsEventHandlersStylesAndFrames() {
        String clean = HtmlSanitizer.sanitize("""
                <p onclick="steal()" style="color:red">Bonjour <strong>à tous</strong></p>
                <script>alert('x')</script>
                <iframe src="https://evil.example/"></iframe>
                <style>p { display: none }</style>
                <img src="https://cdn.example.org/a.jpg" onerror="steal()" alt="Une image">
                """);

        assertThat(clean).doesNotContainIgnoringCase("script")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("style")
                .doesNotContainIgnoringCase("iframe")
                .doesNotContain("steal")
                .doesNotContain("alert")
                .contains("<p>Bonjour <strong>à tous</strong></p>")
                .contains("<img src=\"https://cdn.example.org/a.jpg\" alt=\"Une image\">");
    }

    @Test
    void removesJavascriptAndDataLinksButKeepsWebAndMailLinks() {
        String clean = HtmlSanitizer.sanitize("<p>"
                + "<a href=\"javascript:alert(1)\">un</a> "
                + "<a href=\"JaVaScRiPt:alert(1)\">deux</a> "
                + "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">trois</a> "
                + "<a href=\"https://www.kiosque.fr/a\" title=\"Lire\">quatre</a> "
                + "<a href=\"mailto:redaction@kiosque.fr\">cinq</a>"
                + "</p>");

        assertThat(clean).doesNotContainIgnoringCase("javascript").doesNotContain("data:")
                .contains("<a>un</a>", "<a>deux</a>", "<a>trois</a>")
                .contains("<a href=\"https://www.kiosque.fr/a\" title=\"Lire\">quatre</a>")
                .contains("<a href=\"mailto:redaction@kiosque.fr\">cinq</a>");
    }

    @Test
    void imagesNeedAnHttpUrl() {
        assertThat(HtmlSanitizer.sanitize("<img src=\"javascript:alert(1)\" alt=\"x\">")).doesNotContain("javascript");
        assertThat(HtmlSanitizer.sanitize("<img src=\"http://cdn.example.org/a.jpg\">"))
                .contains("src=\"http://cdn.example.org/a.jpg\"");
    }

    @Test
    void keepsRelativeAndSameSiteUrlsButNotDangerousSchemes() {
        String html = HtmlSanitizer.sanitize("<p><a href=\"/articles/autre\">lire</a> <a href=\"../fiches/cm\">fiche</a> "
                + "<a href=\"#note-1\">note</a> <img src=\"/img/a.jpg\" alt=\"A\"> <img src=\"data:image/png;base64,AAAA\">"
                + " <a href=\"javascript:alert(1)\" onclick=\"x()\">piège</a> <a href=\"  jAvAsCrIpT:alert(1)\">espace</a></p>");

        assertThat(html)
                .contains("<a href=\"/articles/autre\">lire</a>")
                .contains("<a href=\"../fiches/cm\">fiche</a>")
                .contains("<a href=\"#note-1\">note</a>")
                .contains("<img src=\"/img/a.jpg\" alt=\"A\">")
                .doesNotContain("data:")
                .doesNotContainIgnoringCase("javascript")
                .doesNotContain("onclick")
                .doesNotContain("kiosque.invalid");
    }

    @Test
    void keepsEditorialMarkup() {
        String html = "<h2>Titre</h2><p><em>Un</em> <s>deux</s> <mark>trois</mark></p>"
                + "<blockquote><p>Car on n’utilise pas X pour rigoler.</p></blockquote>"
                + "<ul><li>a</li></ul><ol><li>b</li></ol><hr>"
                + "<figure><img src=\"https://cdn.example.org/a.jpg\" alt=\"A\"><figcaption>Légende</figcaption></figure>"
                + "<table><tbody><tr><td>1</td></tr></tbody></table>";
        assertThat(HtmlSanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void blankGivesEmptyAndTextIsEscaped() {
        assertThat(HtmlSanitizer.sanitize(null)).isEmpty();
        assertThat(HtmlSanitizer.sanitize("  \n ")).isEmpty();
        assertThat(HtmlSanitizer.sanitize("1 < 2 & 3 > 2")).isEqualTo("1 &lt; 2 &amp; 3 &gt; 2");
    }

    @Test
    void textIsTheVisibleTextOnly() {
        assertThat(HtmlSanitizer.text("<p>Bonjour <strong>à tous</strong></p><p>et&nbsp;bienvenue</p>"))
                .isEqualTo("Bonjour à tous et bienvenue"); // jsoup turns &nbsp; into a plain space
        assertThat(HtmlSanitizer.text(null)).isEmpty();
        assertThat(HtmlSanitizer.text("")).isEmpty();
    }
}
