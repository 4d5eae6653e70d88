package fr.kiosque.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.site.*}: the frontend's addresses, for the links of feeds and the sitemap. */
@ConfigMapping(prefix = "kiosque.site")
interface SiteConfig {

    /** The frontend's origin, without a trailing slash. */
    @WithDefault("https://www.kiosque.fr")
    String baseUrl();

    /** An article's page; {slug} is replaced. */
    @WithDefault("/articles/{slug}")
    String articlePath();

    /** A job listing's page. */
    @WithDefault("/emplois/{slug}")
    String jobPath();

    /** A career sheet's page. */
    @WithDefault("/fiches-metiers/{slug}")
    String jobProfilePath();

    /** A section's page. */
    @WithDefault("/rubriques/{slug}")
    String sectionPath();

    /** A standing page ("Mentions légales"…). */
    @WithDefault("/{slug}")
    String pagePath();
}
