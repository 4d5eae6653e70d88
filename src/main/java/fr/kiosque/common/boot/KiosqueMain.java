package fr.kiosque.common.boot;

import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the packaged app. Before Quarkus starts, checks what a first {@code java -jar}
 * most often lacks, so that the operator reads one clear line instead of a stack trace.
 */
@QuarkusMain
public class KiosqueMain {

    public static void main(String... args) {
        Optional<String> problem = packagedProductionRun() ? missingDatasource(jdbcUrl()) : Optional.empty();
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(1);
        }
        Quarkus.run(args);
    }

    /**
     * {@code java -jar quarkus-run.jar} in the prod profile. Dev mode also calls this main, before
     * its embedded database is configured (and while {@link LaunchMode} still says NORMAL): there
     * the classes come from a folder, not from the packaged jar.
     */
    static boolean packagedProductionRun() {
        var source = KiosqueMain.class.getProtectionDomain().getCodeSource();
        boolean packaged = source != null && source.getLocation() != null && source.getLocation().getPath().endsWith(".jar");
        String profile = System.getProperty("quarkus.profile", System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        return packaged && LaunchMode.current() == LaunchMode.NORMAL && profile.equals("prod");
    }

    /**
     * The datasource URL: from the environment or a system property when set there (the usual
     * case, and free), else from the whole configuration (application.properties, .env...), whose
     * building costs about 0.15 s of a start that Quarkus then repeats.
     */
    private static Optional<String> jdbcUrl() {
        String direct = System.getProperty("quarkus.datasource.jdbc.url", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
        if (direct != null && !direct.isBlank()) {
            return Optional.of(direct);
        }
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class);
    }

    static Optional<String> missingDatasource(Optional<String> jdbcUrl) {
        if (jdbcUrl.filter(url -> !url.isBlank()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Kiosque cannot start: no database configured. Set QUARKUS_DATASOURCE_JDBC_URL"
                + " (e.g. jdbc:postgresql://localhost:5432/kiosque), QUARKUS_DATASOURCE_USERNAME and"
                + " QUARKUS_DATASOURCE_PASSWORD, then start again (see README.md, \"Running the packaged app\").");
    }
}
