package fr.kiosque.ghost;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The frontend's addresses ({@code kiosque.site.*}, shared with feeds): Ghost's {@code url} fields. */
@ConfigMapping(prefix = "kiosque.site")
interface GhostSite {

    @WithDefault("https://www.kiosque.fr")
    String baseUrl();

    @WithDefault("/articles/{slug}")
    String articlePath();

    @WithDefault("/rubriques/{slug}")
    String sectionPath();

    @WithDefault("/{slug}")
    String pagePath();

    default String url(String path, String slug) {
        String base = baseUrl().endsWith("/") ? baseUrl().substring(0, baseUrl().length() - 1) : baseUrl();
        return base + path.replace("{slug}", slug);
    }

    default String home() {
        return url("/", "");
    }
}
