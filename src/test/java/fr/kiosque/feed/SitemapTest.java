package fr.kiosque.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SitemapTest {

    private static List<Sitemap.Url> urls(int count) {
        List<Sitemap.Url> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            urls.add(new Sitemap.Url("https://www.kiosque.fr/articles/article-" + i + "?a=1&b=<2>",
                    i % 3 == 0 ? null : Instant.parse("2026-12-01T10:15:30.123456Z").plusSeconds(i)));
        }
        return urls;
    }

    @Test
    void aStreamedFileHasTheBytesOfTheDocumentBuiltInMemory() {
        List<Sitemap.Url> urls = urls(2_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Sitemap.Urlset xml = Sitemap.urlset(out)) {
            urls.forEach(url -> xml.add(url.loc(), url.lastModified()));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(Sitemap.xml(urls));
        assertThat(Sitemap.xml(urls)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=")
                .contains("<loc>https://www.kiosque.fr/articles/article-1?a=1&amp;b=&lt;2&gt;</loc><lastmod>2026-12-01T10:15:31Z</lastmod>")
                .endsWith("</url>\n</urlset>\n");
        assertThat(Sitemap.xml(List.of())).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\""
                + Sitemap.NS + "\" xmlns:image=\"" + Sitemap.IMAGE_NS + "\">\n</urlset>\n");
    }

    @Test
    void aStreamedFileReachesTheClientAsItIsWrittenNotAtItsEnd() {
        // what the writer holds before the client gets it is one buffer, whatever the file's length: each
        // entry is longer than its loc, so the client has at least the locs added so far, less that buffer
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        long locs = 0;
        try (Sitemap.Urlset xml = Sitemap.urlset(client)) {
            for (Sitemap.Url url : urls(50_000)) {
                xml.add(url.loc(), url.lastModified());
                locs += url.loc().length();
                assertThat((long) client.size()).isGreaterThanOrEqualTo(locs - 3L * Sitemap.STREAM_BUFFER);
            }
        }
        assertThat(client.size()).isGreaterThan(3_000_000);
    }

    @Test
    void theIndexListsItsFiles() {
        assertThat(Sitemap.index(List.of("https://api.kiosque.fr/sitemaps/pages.xml")))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"" + Sitemap.NS + "\">\n  <sitemap>"
                        + "<loc>https://api.kiosque.fr/sitemaps/pages.xml</loc></sitemap>\n</sitemapindex>\n");
    }
}
