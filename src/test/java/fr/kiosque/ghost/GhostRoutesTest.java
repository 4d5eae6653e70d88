package fr.kiosque.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The request that goes on past the key check: without the key, with the caller's rights class (the cache key's part). */
class GhostRoutesTest {

    @Test
    void theKeyIsDroppedAndTheCallersRightsClassReplacesAnyTheClientSent() {
        assertThat(GhostRoutes.query("key=abc&limit=5&%72ights=FULL&rights=FULL", KeyRights.EXCERPT)).isEqualTo("limit=5&rights=EXCERPT");
        assertThat(GhostRoutes.query(null, KeyRights.FULL)).isEqualTo("rights=FULL");
    }

    @Test
    void anUndecodableNameIsKeptAsSent() {
        assertThat(GhostRoutes.query("filter=%zz&%zz=1&key=abc", KeyRights.FULL)).isEqualTo("filter=%zz&%zz=1&rights=FULL");
    }
}
