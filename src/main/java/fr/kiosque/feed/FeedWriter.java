package fr.kiosque.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.jdom2.Element;
import org.jdom2.Namespace;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

/** A {@link FeedChannel} as RSS 2.0 or Atom 1.0 (Rome), or JSON Feed 1.1 (Jackson). */
final class FeedWriter {

    static final String RSS = "application/rss+xml; charset=UTF-8";
    static final String ATOM = "application/atom+xml; charset=UTF-8";
    static final String JSON_FEED = "application/feed+json; charset=UTF-8";
    static final String XML = "application/xml; charset=UTF-8";
    static final String TEXT_XML = "text/xml; charset=UTF-8";
    /**
     * The longest feed document, as the contract states it: {@link #MAX_ITEMS} items whose body
     * may hold 200,000 characters (an article's limit), escaped in XML, with their metadata.
     */
    static final int MAX_DOCUMENT = 40_000_000;
    /** The most items a feed has ({@code kiosque.feeds.max-items} may not exceed it). */
    static final int MAX_ITEMS = 100;

    private static final Namespace ATOM_NS = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    private FeedWriter() {
    }

    static String rss(FeedChannel channel) {
        SyndFeed feed = syndFeed(channel, "rss_2.0");
        if (channel.selfUrl() != null) {
            // RSS 2.0 has no self link of its own: atom:link rel="self", as feed validators ask
            Element self = new Element("link", ATOM_NS);
            self.setAttribute("href", channel.selfUrl());
            self.setAttribute("rel", "self");
            self.setAttribute("type", "application/rss+xml");
            List<Element> markup = new ArrayList<>(feed.getForeignMarkup());
            markup.add(self);
            feed.setForeignMarkup(markup);
        }
        return write(feed);
    }

    static String atom(FeedChannel channel) {
        return write(syndFeed(channel, "atom_1.0"));
    }

    static String json(FeedChannel channel, ObjectMapper mapper) {
        List<JsonFeed.Item> items = channel.items().stream().map(item -> new JsonFeed.Item(item.id(), item.url(), item.title(),
                item.contentHtml(), item.contentHtml() == null ? item.summary() : null, item.summary(), item.imageUrl(),
                item.published().toString(), item.updated().toString(),
                item.authors().stream().map(JsonFeed.Author::new).toList(), item.categories())).toList();
        JsonFeed feed = new JsonFeed("https://jsonfeed.org/version/1.1", channel.title(), channel.homeUrl(), channel.selfUrl(),
                channel.description(), "fr-FR", items);
        try {
            return mapper.writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); absent fields are left out, as the spec prefers. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record JsonFeed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl, String description, String language, List<Item> items) {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml,
                @JsonProperty("content_text") String contentText, String summary, String image,
                @JsonProperty("date_published") String datePublished, @JsonProperty("date_modified") String dateModified,
                List<Author> authors, List<String> tags) {
        }

        record Author(String name) {
        }
    }

    private static SyndFeed syndFeed(FeedChannel channel, String type) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(channel.title());
        feed.setDescription(channel.description());
        feed.setLink(channel.homeUrl());
        feed.setUri(channel.id());
        feed.setLanguage("fr");
        if (channel.copyright() != null) {
            feed.setCopyright(channel.copyright());
        }
        Instant updated = channel.updated();
        feed.setPublishedDate(Date.from(updated != null ? updated : Instant.EPOCH));
        List<SyndLink> links = new ArrayList<>();
        links.add(link(channel.homeUrl(), "alternate", "text/html"));
        if (type.startsWith("atom") && channel.selfUrl() != null) {
            links.add(link(channel.selfUrl(), "self", "application/atom+xml"));
        }
        feed.setLinks(links);
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedItem item : channel.items()) {
            entries.add(entry(item));
        }
        feed.setEntries(entries);
        return feed;
    }

    private static SyndEntry entry(FeedItem item) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(item.id());
        entry.setLink(item.url());
        entry.setTitle(item.title());
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(item.summary());
        entry.setDescription(summary);
        if (item.contentHtml() != null) {
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(item.contentHtml());
            entry.setContents(List.of(content));
        }
        entry.setPublishedDate(Date.from(item.published()));
        entry.setUpdatedDate(Date.from(item.updated()));
        List<SyndPerson> authors = new ArrayList<>();
        for (String name : item.authors()) {
            SyndPerson person = new SyndPersonImpl();
            person.setName(name);
            authors.add(person);
        }
        entry.setAuthors(authors);
        if (!authors.isEmpty()) {
            // RSS 2.0's author element wants an e-mail address: the names go to dc:creator
            entry.setAuthor(String.join(", ", item.authors()));
        }
        List<SyndCategory> categories = new ArrayList<>();
        for (String name : item.categories()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(name);
            categories.add(category);
        }
        entry.setCategories(categories);
        if (item.imageUrl() != null) {
            // Media RSS: no length needed (an RSS enclosure requires one, which we do not know)
            try {
                MediaContent media = new MediaContent(new UrlReference(item.imageUrl()));
                media.setMedium("image");
                if (item.imageAlt() != null) {
                    Metadata metadata = new Metadata();
                    metadata.setDescription(item.imageAlt());
                    media.setMetadata(metadata);
                }
                MediaEntryModuleImpl module = new MediaEntryModuleImpl();
                module.setMediaContents(new MediaContent[] { media });
                entry.getModules().add(module);
            } catch (java.net.URISyntaxException e) {
                // a cover URL that is not a URI is left out of the feed
            }
        }
        return entry;
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    private static String write(SyndFeed feed) {
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException(e);
        }
    }

}
