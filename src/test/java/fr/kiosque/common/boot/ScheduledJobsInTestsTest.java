package fr.kiosque.common.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The suite shares one Quarkus boot, and counts statements with Hibernate's statistics, which see
 * every thread: a scheduled job running between two tests' lines would be counted as theirs (a
 * Content API usage flush made a statement count read 1 instead of 0). So every scheduled job of
 * the application is off in the test profile, and tests run its work themselves.
 */
class ScheduledJobsInTestsTest {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}:]+)}");

    @Test
    void everyScheduledJobIsOffInTheTestProfile() throws Exception {
        SmallRyeConfig test = new SmallRyeConfigBuilder().withProfile("test")
                .withSources(new PropertiesConfigSource(ScheduledJobsInTestsTest.class.getResource("/application.properties"), 250))
                .build();
        List<String> schedules = schedules();
        assertThat(schedules).as("the application's scheduled jobs").hasSizeGreaterThanOrEqualTo(8);
        for (String every : schedules) {
            Matcher property = PROPERTY.matcher(every);
            assertThat(property.matches()).as("%s: a schedule set by a property, so that tests can turn it off", every).isTrue();
            assertThat(test.getOptionalValue(property.group(1), String.class)).as(property.group(1) + " in the test profile")
                    .hasValue("off");
        }
    }

    /** The {@code every} of each {@code @Scheduled} method among the application's classes. */
    private static List<String> schedules() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(KiosqueMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> everies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                for (Method method : Class.forName(name, false, ScheduledJobsInTestsTest.class.getClassLoader()).getDeclaredMethods()) {
                    for (Scheduled scheduled : method.getAnnotationsByType(Scheduled.class)) {
                        everies.add(scheduled.every());
                    }
                }
            }
        }
        return everies;
    }
}
