package fr.kiosque.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.articles.*} */
@ConfigMapping(prefix = "kiosque.articles")
interface ArticlesConfig {

    /** How many "à lire aussi" articles are chosen automatically when the editor chose none: 0 to 10 ({@code ArticleRequest.MAX_RELATED}). */
    @WithDefault("3")
    int relatedCount();

    /** Reading speed used for {@code readingTimeMinutes}. */
    @WithDefault("230")
    int wordsPerMinute();

    /** How often due SCHEDULED articles are published ("30s"; "off" disables the job on this instance). */
    @WithDefault("30s")
    String publishScheduledEvery();
}
