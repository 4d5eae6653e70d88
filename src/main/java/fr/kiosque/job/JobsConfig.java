package fr.kiosque.job;

import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.jobs.*} */
@ConfigMapping(prefix = "kiosque.jobs")
interface JobsConfig {

    /** How often listings past their validThrough are marked CLOSED ("1m"; "off" disables the job on this instance). */
    @WithDefault("1m")
    String closeExpiredEvery();

    /** How long a listing stays open when its validThrough is not given, from its datePosted. */
    @WithDefault("P60D")
    Period defaultValidity();

    /** How far back closed listings count in a career sheet's salary benchmark. */
    @WithDefault("P12M")
    Period benchmarkWindow();

    /** How many of the most recent open listings a career sheet shows: 0 to 20
     * ({@code JobProfileViews.OpenListings.MAX_ITEMS}, the bound the contract states). */
    @WithDefault("10")
    int profileListings();
}
