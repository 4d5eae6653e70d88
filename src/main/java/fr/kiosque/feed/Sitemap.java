package fr.kiosque.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The sitemaps.org XML of a list of URLs (StAX: escaping is the writer's job). */
final class Sitemap {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /**
     * The largest sitemap file sitemaps.org allows, 50 MiB; 50,000 URLs of a few hundred
     * characters (the site's base, a path, a slug of 160 at most) stay far below.
     */
    static final int MAX_FILE = 52_428_800;

    record Url(String loc, Instant lastModified) {
    }

    private Sitemap() {
    }

    /** A sitemap index (sitemaps.org): the addresses of the sitemap files. */
    static String index(List<String> sitemaps) {
        return document("sitemapindex", sitemaps.size(), xml -> {
            for (String sitemap : sitemaps) {
                entry(xml, "sitemap", sitemap, null);
            }
        });
    }

    static String xml(List<Url> urls) {
        return document("urlset", urls.size(), xml -> {
            for (Url url : urls) {
                entry(xml, "url", url.loc(), url.lastModified());
            }
        });
    }

    private interface Entries {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String document(String root, int entries, Entries body) {
        StringWriter out = new StringWriter(128 + entries * 120);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.append('\n').toString();
    }

    private static void entry(XMLStreamWriter xml, String element, String loc, Instant lastModified) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(element);
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
