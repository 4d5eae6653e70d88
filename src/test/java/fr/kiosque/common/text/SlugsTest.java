package fr.kiosque.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsFrenchAccentsAndLowerCases() {
        assertThat(Slugs.slugify("Fiches métiers")).isEqualTo("fiches-metiers");
        assertThat(Slugs.slugify("Été : ça chauffe à Noël")).isEqualTo("ete-ca-chauffe-a-noel");
        assertThat(Slugs.slugify("ÎLE-DE-FRANCE, Pâques, Höhe")).isEqualTo("ile-de-france-paques-hohe");
    }

    @Test
    void turnsPunctuationIntoSingleDashesAndTrimsThem() {
        assertThat(Slugs.slugify("Quitter X : un dilemme pour les communicants et marketeurs"))
                .isEqualTo("quitter-x-un-dilemme-pour-les-communicants-et-marketeurs");
        assertThat(Slugs.slugify("  « Pourquoi ? » — 3 réponses !  ")).isEqualTo("pourquoi-3-reponses");
        assertThat(Slugs.slugify("a -- b __ c")).isEqualTo("a-b-c");
    }

    @Test
    void spellsOutLigatures() {
        assertThat(Slugs.slugify("Cœur d’Œuvre")).isEqualTo("coeur-d-oeuvre");
        assertThat(Slugs.slugify("Ex æquo, Æsop")).isEqualTo("ex-aequo-aesop");
        assertThat(Slugs.slugify("Straße")).isEqualTo("strasse");
    }

    @Test
    void apostrophesTypographicOrNotSeparateWords() {
        assertThat(Slugs.slugify("L’été d’aujourd’hui")).isEqualTo("l-ete-d-aujourd-hui");
        assertThat(Slugs.slugify("L'été")).isEqualTo("l-ete");
    }

    @Test
    void nothingToKeepGivesAnEmptySlug() {
        assertThat(Slugs.slugify(null)).isEmpty();
        assertThat(Slugs.slugify("   ")).isEmpty();
        assertThat(Slugs.slugify("« ! ? »")).isEmpty();
    }

    @Test
    void longTitlesAreCutAtAWordBoundaryWithinTheMaximum() {
        String title = "Une histoire très longue ".repeat(20); // "une-histoire-tres-longue-" × 20 ≈ 500 characters
        String full = "une-histoire-tres-longue-".repeat(20);
        full = full.substring(0, full.length() - 1);

        String slug = Slugs.slugify(title);

        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH).isGreaterThan(Slugs.MAX_LENGTH / 2);
        assertThat(full).startsWith(slug);
        assertThat(full.charAt(slug.length())).as("cut where a word ends").isEqualTo('-');
        assertThat(slug).doesNotEndWith("-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void aSingleHugeWordIsCutAtTheMaximum() {
        String slug = Slugs.slugify("a".repeat(300));
        assertThat(slug).hasSize(Slugs.MAX_LENGTH);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void slugifyAlwaysGivesAValidSlugOrNothing() {
        for (String text : new String[] { "Fiches métiers", "Œ", "--x--", "Été 2026 : 10 % de plus", "日本語 et français" }) {
            String slug = Slugs.slugify(text);
            assertThat(slug.isEmpty() || Slugs.isValid(slug)).as(text + " → " + slug).isTrue();
        }
    }

    @Test
    void isValidAcceptsOnlyLowerCaseWordsJoinedBySingleDashes() {
        assertThat(Slugs.isValid("fiches-metiers")).isTrue();
        assertThat(Slugs.isValid("x")).isTrue();
        assertThat(Slugs.isValid("2026-en-10-chiffres")).isTrue();
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH))).isTrue();

        assertThat(Slugs.isValid(null)).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid("Fiches-metiers")).isFalse();
        assertThat(Slugs.isValid("fiches métiers")).isFalse();
        assertThat(Slugs.isValid("fiches-métiers")).isFalse();
        assertThat(Slugs.isValid("fiches--metiers")).isFalse();
        assertThat(Slugs.isValid("-fiches")).isFalse();
        assertThat(Slugs.isValid("fiches-")).isFalse();
        assertThat(Slugs.isValid("fiches_metiers")).isFalse();
        assertThat(Slugs.isValid("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void firstFreeNumbersATakenSlugAndKeepsWithinTheMaximumLength() {
        Set<String> taken = Set.of("quitter-x", "quitter-x-2");
        assertThat(Slugs.firstFree("libre", 160, taken::contains)).isEqualTo("libre");
        assertThat(Slugs.firstFree("quitter-x", 160, taken::contains)).isEqualTo("quitter-x-3");

        String longest = "a".repeat(58) + "-" + "b".repeat(61);
        String numbered = Slugs.firstFree(longest, Slugs.MAX_LENGTH, longest::equals);
        assertThat(numbered).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("-2");
        assertThat(Slugs.isValid(numbered)).isTrue();
    }

    @Test
    void aFamilyIsASlugWithoutItsTrailingNumbers() {
        assertThat(Slugs.family("quitter-x")).isEqualTo("quitter-x");
        assertThat(Slugs.family("quitter-x-2")).isEqualTo("quitter-x");
        assertThat(Slugs.family("top-10-2")).isEqualTo("top");
        assertThat(Slugs.family("top-10")).isEqualTo("top");
        assertThat(Slugs.family("2026")).isEqualTo("2026");
    }
}
