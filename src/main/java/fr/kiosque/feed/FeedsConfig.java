package fr.kiosque.feed;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.feeds.*} */
@ConfigMapping(prefix = "kiosque.feeds")
interface FeedsConfig {

    /** Whether items carry the whole sanitized body (else the standfirst only). */
    @WithDefault("true")
    boolean fullContent();

    /** Items of a feed when {@code limit} is not given. */
    @WithDefault("20")
    int defaultItems();

    /** The largest {@code limit} accepted. */
    @WithDefault("100")
    int maxItems();

    /**
     * This API's public origin as partner sites fetch the feeds (e.g. {@code https://api.kiosque.fr}),
     * for the feeds' self links. Without it the feeds carry none: the request's {@code Host} header
     * is not trusted, since the feed is cached and served to every client.
     */
    Optional<String> publicUrl();

    /** Articles per sitemap file, {@code /sitemaps/articles-N.xml} (sitemaps.org allows 50,000). */
    @WithDefault("50000")
    int sitemapArticles();

    /** The rights statement of the feeds (RSS copyright, Atom rights), if any. */
    Optional<String> copyright();
}
