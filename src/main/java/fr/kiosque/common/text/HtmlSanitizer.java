package fr.kiosque.common.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Article bodies from editors are stored as HTML cleaned against a jsoup safelist: text
 * formatting, headings, lists, quotes, links (http, https, mailto), images (http, https),
 * figures and tables. Relative and same-site URLs ({@code /articles/autre}, {@code ../img/a.jpg},
 * {@code #note-1}) are kept as written. Scripts, styles, event handlers and {@code javascript:} or
 * {@code data:} URLs are removed.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "s", "mark")
            .addAttributes("a", "rel", "target")
            // an image of the media library: the public page gives it width, height, srcset and sizes
            .addAttributes("img", "data-media-id")
            .removeProtocols("a", "href", "ftp")
            .removeProtocols("img", "src", "http")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    /**
     * Relative URLs are checked by resolving them against a base: one that no real link points
     * to, so that only the scheme decides (a relative URL has none, and is kept as written).
     */
    private static final String BASE_URI = "https://kiosque.invalid/";

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, BASE_URI);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings(OUTPUT);
        return clean.body().html().strip();
    }

    /** The visible text of an HTML fragment (for word counts and summaries). */
    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).text();
    }
}
