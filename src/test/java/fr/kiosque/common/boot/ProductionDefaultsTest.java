package fr.kiosque.common.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** What a first {@code java -jar} gets: safe defaults and one clear line when the database is missing. */
class ProductionDefaultsTest {

    @Test
    void noDatabaseIsOneClearLineNamingTheVariables() {
        Optional<String> message = KiosqueMain.missingDatasource(Optional.empty());
        assertThat(message).isPresent();
        assertThat(message.get()).doesNotContain("\n")
                .contains("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(KiosqueMain.missingDatasource(Optional.of(" "))).isPresent();
        assertThat(KiosqueMain.missingDatasource(Optional.of("jdbc:postgresql://db:5432/kiosque"))).isEmpty();
    }

    @Test
    void theCheckIsSkippedWhenTheClassesComeFromAFolderAsInDevMode() {
        // dev mode calls KiosqueMain.main too, before its embedded database is configured
        assertThat(KiosqueMain.class.getProtectionDomain().getCodeSource().getLocation().getPath()).doesNotEndWith(".jar");
        assertThat(KiosqueMain.packagedProductionRun()).isFalse();
    }

    @Test
    void productionAllowsNoBrowserOriginUnlessConfigured() throws IOException {
        assertThat(config("prod").getOptionalValue("quarkus.http.cors.origins", String.class)).isEmpty();
        assertThat(config("dev").getValue("quarkus.http.cors.origins", String.class)).contains("http://localhost:5173");
    }

    @Test
    void theTestsValidateTheMappingsThatProductionTrustsFlywayWith() throws IOException {
        String key = "quarkus.hibernate-orm.schema-management.strategy";
        assertThat(config("prod").getValue(key, String.class)).isEqualTo("none");
        assertThat(config("test").getValue(key, String.class)).isEqualTo("validate");
        assertThat(config("dev").getValue(key, String.class)).isEqualTo("validate");
    }

    @Test
    void productionWebhooksReachOnlyPublicAddresses() throws IOException {
        assertThat(config("prod").getValue("kiosque.webhooks.allow-private-targets", Boolean.class)).isFalse();
        assertThat(config("dev").getValue("kiosque.webhooks.allow-private-targets", Boolean.class)).isTrue();
        assertThat(config("test").getValue("kiosque.webhooks.allow-private-targets", Boolean.class)).isTrue();
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = ProductionDefaultsTest.class.getResource("/application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile).withSources(new PropertiesConfigSource(properties, 250)).build();
    }
}
