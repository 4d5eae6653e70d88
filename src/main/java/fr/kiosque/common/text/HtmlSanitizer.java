package fr.kiosque.common.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Article bodies from editors are stored as HTML cleaned against a jsoup safelist: text
 * formatting, headings, lists, quotes, links (http, https, mailto), images (http, https),
 * figures and tables. Scripts, styles, event handlers and {@code javascript:} URLs are removed.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "s", "mark")
            .addAttributes("a", "rel", "target")
            .removeProtocols("a", "href", "ftp")
            .removeProtocols("img", "src", "http")
            .addProtocols("img", "src", "http", "https");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html);
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
