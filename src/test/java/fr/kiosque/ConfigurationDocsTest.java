package fr.kiosque;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.common.http.HttpConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;

/**
 * Every {@code kiosque.*} key the code reads is listed in docs/configuration.md, and every key
 * listed there is still read. Plain JUnit: the keys come from the compiled classes
 * ({@code @ConfigMapping} interfaces, named as SmallRye Config names them; {@code @ConfigProperty}
 * names; {@code ${kiosque.…}} expressions in annotations such as {@code @Scheduled}), from
 * {@code ConfigProvider} lookups in the sources, and from application.properties.
 *
 * <p>A key of a map (one per kind, {@code kiosque.bulkheads.<kind>.concurrency}) is written in the
 * page with any {@code <placeholder>} for that segment; it stands for every key of that shape, such
 * as {@code kiosque.bulkheads.feeds.concurrency} in application.properties.
 */
class ConfigurationDocsTest {

    private static final Path DOC = Path.of("docs/configuration.md");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(kiosque\\.[a-z0-9.-]+)");
    private static final Pattern LOOKUP = Pattern.compile("get(?:Optional)?Value\\(\\s*\"(kiosque\\.[^\"]+)\"");
    private static final Pattern DOCUMENTED = Pattern.compile("`(kiosque\\.[a-z0-9.<>-]+)`");

    /** Keys read by the code, map segments as {@code *}. */
    private static final Set<String> read = new TreeSet<>();
    /** Keys given a value in application.properties (profiles stripped). */
    private static final Set<String> set = new TreeSet<>();
    /** Keys listed in the first column of the page's tables, placeholders as {@code *}. */
    private static final Set<String> documented = new TreeSet<>();

    @BeforeAll
    static void collect() throws Exception {
        for (Class<?> type : compiledClasses()) {
            ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
            if (mapping != null) {
                for (String key : ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(type, mapping.prefix())).keySet()) {
                    read.add(key.replace("[*]", "")); // a list's indexed form, kiosque.cors.origins[0]
                }
            }
            readAnnotations(type);
            for (var field : type.getDeclaredFields()) {
                readAnnotations(field);
            }
            for (Executable executable : executables(type)) {
                readAnnotations(executable);
                for (Parameter parameter : executable.getParameters()) {
                    readAnnotations(parameter);
                }
            }
        }
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> addAll(LOOKUP, read(f), read));
        }
        for (String line : read(PROPERTIES).split("\n")) {
            line = line.strip();
            int eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            key = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            if (key.startsWith("kiosque.")) {
                set.add(key);
            }
            addAll(EXPRESSION, line.substring(eq + 1), read);
        }
        read.removeIf(key -> !key.startsWith("kiosque."));
        Set<String> listed = new TreeSet<>();
        for (String line : read(DOC).split("\n")) {
            String[] cells = line.split("\\|");
            if (line.startsWith("|") && cells.length > 2) {
                addAll(DOCUMENTED, cells[1], listed);
            }
        }
        listed.forEach(key -> documented.add(key.replaceAll("<[^>]+>", "*")));
        assertThat(read).as("keys found in the code").hasSizeGreaterThan(100).contains("kiosque.bulkheads.*.concurrency",
                "kiosque.reactive-reads.pool-size", "kiosque.auth.session.idle-timeout", "kiosque.cors.origins");
    }

    @Test
    void everyKeyTheCodeReadsOrTheDefaultsSetIsInTheConfigurationPage() {
        assertThat(unmatched(union(read, set), documented)).as("keys missing from docs/configuration.md").isEmpty();
    }

    @Test
    void everyKeyThePageListsIsStillRead() {
        assertThat(unmatched(documented, read)).as("keys docs/configuration.md lists that no code reads").isEmpty();
    }

    @Test
    void everyKeyApplicationPropertiesSetsIsRead() {
        assertThat(unmatched(set, read)).as("keys application.properties sets that no code reads").isEmpty();
    }

    @Test
    void aPlaceholderStandsForOneSegment() {
        assertThat(matches("kiosque.bulkheads.*.queue", "kiosque.bulkheads.feeds.queue")).isTrue();
        assertThat(matches("kiosque.bulkheads.*.queue", "kiosque.bulkheads.*.queue")).isTrue();
        assertThat(matches("kiosque.bulkheads.*.queue", "kiosque.bulkheads.queue")).isFalse();
        assertThat(matches("kiosque.bulkheads.*.queue", "kiosque.bulkheads.a.b.queue")).isFalse();
        assertThat(matches("kiosque.cache.ttl", "kiosque.cache.ttl-max")).isFalse();
    }

    /** The keys that no pattern names. */
    private static Set<String> unmatched(Set<String> keys, Set<String> patterns) {
        Set<String> left = new TreeSet<>();
        for (String key : keys) {
            if (patterns.stream().noneMatch(pattern -> matches(pattern, key))) {
                left.add(key);
            }
        }
        return left;
    }

    /** Whether {@code key} is one of the keys {@code pattern} names ({@code *}: any one segment). */
    static boolean matches(String pattern, String key) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append("[^.]+");
            }
            regex.append(Pattern.quote(part));
        }
        return key.matches(regex.toString());
    }

    private static List<Class<?>> compiledClasses() throws URISyntaxException, IOException, ClassNotFoundException {
        Path root = Path.of(HttpConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("fr/kiosque"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        ConfigurationDocsTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    private static List<Executable> executables(Class<?> type) {
        List<Executable> all = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        all.addAll(List.of(type.getDeclaredMethods()));
        return all;
    }

    /** {@code @ConfigProperty} names, and {@code ${kiosque.…}} in any annotation's text (e.g. {@code @Scheduled(every=…)}). */
    private static void readAnnotations(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            if (annotation instanceof ConfigProperty property) {
                read.add(property.name());
            }
            for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
                if (attribute.getReturnType() == String.class && attribute.getParameterCount() == 0) {
                    try {
                        attribute.setAccessible(true);
                        addAll(EXPRESSION, (String) attribute.invoke(annotation), read);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    private static void addAll(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
