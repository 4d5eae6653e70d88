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
        StringWriter out = new StringWriter(128 + sitemaps.size() * 100);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NS);
            for (String sitemap : sitemaps) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("sitemap");
                xml.writeStartElement("loc");
                xml.writeCharacters(sitemap);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.append('\n').toString();
    }

    static String xml(List<Url> urls) {
        StringWriter out = new StringWriter(128 + urls.size() * 120);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (Url url : urls) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(url.loc());
                xml.writeEndElement();
                if (url.lastModified() != null) {
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(url.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.append('\n').toString();
    }
}
