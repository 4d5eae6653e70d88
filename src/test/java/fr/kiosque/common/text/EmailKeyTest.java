package fr.kiosque.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailKeyTest {

    @Test
    void plusTagVariantsOfAnAddressShareItsKey() {
        assertThat(EmailKey.of("eva+1@example.org")).isEqualTo("eva@example.org");
        assertThat(EmailKey.of("eva+news+2026@example.org")).isEqualTo("eva@example.org");
        assertThat(EmailKey.of("eva+@example.org")).isEqualTo("eva@example.org");
        assertThat(EmailKey.of("eva@example.org")).isEqualTo("eva@example.org");
    }

    @Test
    void caseIsFoldedAndSpacesAroundAreIgnored() {
        assertThat(EmailKey.of("  Eva+News@Example.ORG ")).isEqualTo("eva@example.org");
        assertThat(EmailKey.of("ÉLODIE@exemple.fr")).isEqualTo("élodie@exemple.fr");
    }

    @Test
    void dotsAndTheDomainAreLeftAlone() {
        assertThat(EmailKey.of("jean.dupont@example.org")).isEqualTo("jean.dupont@example.org");
        assertThat(EmailKey.of("jean@mail+x.example.org")).isEqualTo("jean@mail+x.example.org");
    }

    @Test
    void unusualLocalPartsAreKeptWhole() {
        assertThat(EmailKey.of("+promo@example.org")).isEqualTo("+promo@example.org");
        assertThat(EmailKey.of("\"a+b\"@example.org")).isEqualTo("\"a+b\"@example.org");
        assertThat(EmailKey.of("pas-une-adresse")).isEqualTo("pas-une-adresse");
        assertThat(EmailKey.of("a+b")).isEqualTo("a+b");
        assertThat(EmailKey.of("@example.org")).isEqualTo("@example.org");
        assertThat(EmailKey.of(null)).isNull();
    }
}
