package fr.kiosque.common.json;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code kiosque.json.*}: Jackson's read limits. Static-init safe: the ObjectMapper is built while
 * Quarkus boots (Hibernate's JSON mapper), so these are read at build or start-up time.
 */
@StaticInitSafe
@ConfigMapping(prefix = "kiosque.json")
public interface JsonConfig {
    /** Deepest nesting of arrays and objects (Kiosque's requests need 3). */
    @WithDefault("32")
    int maxNestingDepth();

    /** Longest string value or name, in characters (an article body of 200,000 characters fits). */
    @WithDefault("1000000")
    int maxStringLength();

    /** Longest number, in digits. */
    @WithDefault("32")
    int maxNumberLength();

    /** Longest property name, in characters. */
    @WithDefault("256")
    int maxNameLength();
}
