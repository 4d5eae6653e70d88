package fr.kiosque.feed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The sitemaps.org XML of a list of URLs (StAX: escaping is the writer's job), in memory or streamed. */
final class Sitemap {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1";
    /**
     * The largest sitemap file sitemaps.org allows, 50 MiB; 50,000 URLs of a few hundred
     * characters (the site's base, a path, a slug of 160 at most) stay far below.
     */
    static final int MAX_FILE = 52_428_800;
    /** What a streamed file holds before it writes to the client: the memory of one answer. */
    static final int STREAM_BUFFER = 16 * 1024;

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    record Url(String loc, Instant lastModified) {
    }

    private Sitemap() {
    }

    /** A sitemap index (sitemaps.org): the addresses of the sitemap files. */
    static String index(List<String> sitemaps) {
        StringWriter out = new StringWriter(128 + sitemaps.size() * 120);
        try (Urlset xml = new Urlset(out, "sitemapindex", "sitemap")) {
            sitemaps.forEach(sitemap -> xml.add(sitemap, null));
        }
        return out.toString();
    }

    static String xml(List<Url> urls) {
        StringWriter out = new StringWriter(128 + urls.size() * 120);
        try (Urlset xml = urlset(out)) {
            urls.forEach(url -> xml.add(url.loc(), url.lastModified()));
        }
        return out.toString();
    }

    /** A urlset written to {@code out} (UTF-8) as its URLs are added: what it holds is one small buffer. */
    static Urlset urlset(OutputStream out) {
        return urlset(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), STREAM_BUFFER));
    }

    private static Urlset urlset(Writer out) {
        return new Urlset(out, "urlset", "url");
    }

    /** One document being written; {@link #close()} ends it and flushes it (the stream itself stays open). */
    static final class Urlset implements AutoCloseable {

        private final Writer out;
        private final XMLStreamWriter xml;
        private final String element;

        private Urlset(Writer out, String root, String element) {
            this.out = out;
            this.element = element;
            try {
                xml = XML.createXMLStreamWriter(out);
                xml.writeStartDocument("UTF-8", "1.0");
                xml.writeCharacters("\n");
                xml.writeStartElement(root);
                xml.writeDefaultNamespace(NS);
                if (root.equals("urlset")) {
                    xml.writeNamespace("image", IMAGE_NS);
                }
            } catch (XMLStreamException e) {
                throw failure(e);
            }
        }

        void add(String loc, Instant lastModified) {
            add(loc, lastModified, null);
        }

        /** A URL, with its image (Google's image sitemap extension) when it has one. */
        void add(String loc, Instant lastModified, String image) {
            try {
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
                if (image != null && image.startsWith("http")) {
                    xml.writeStartElement("image", "image", IMAGE_NS);
                    xml.writeStartElement("image", "loc", IMAGE_NS);
                    xml.writeCharacters(image);
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            } catch (XMLStreamException e) {
                throw failure(e);
            }
        }

        @Override
        public void close() {
            try {
                xml.writeCharacters("\n");
                xml.writeEndElement();
                xml.writeEndDocument();
                xml.close();
                out.write('\n');
                out.flush();
            } catch (XMLStreamException e) {
                throw failure(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A client gone mid-file arrives as the writer's IOException: it stays one. */
        private static RuntimeException failure(XMLStreamException e) {
            return e.getCause() instanceof IOException io ? new UncheckedIOException(io) : new IllegalStateException(e);
        }
    }
}
