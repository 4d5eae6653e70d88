package fr.kiosque.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link ContractValidationFilter} saw during a run of the unit tests, on disk under
 * {@code target/contract-record/}: the (operation, status) pairs answered, the violations, and
 * whether the run held every test class. On disk because Quarkus runs test classes in several
 * class loaders (one per test profile), and because the verdict ({@code ContractCoverageIT}) comes
 * after the whole suite. {@link ContractValidationRunListener} starts a new record with each run.
 */
public final class ContractValidationRecord {

    static final Path DIRECTORY = Path.of(System.getProperty("kiosque.project-dir", "."), "target", "contract-record");
    static final Path EXERCISED = DIRECTORY.resolve("exercised.txt");
    static final Path VIOLATIONS = DIRECTORY.resolve("violations.txt");
    static final Path RUN = DIRECTORY.resolve("run.properties");

    private ContractValidationRecord() {
    }

    /** What a finished run recorded; {@code complete} when it ran every test class of the module. */
    public record Run(boolean complete, String scope, Set<String> exercised, List<String> violations) {
    }

    static void exercised(String pair) {
        append(EXERCISED, pair);
    }

    static void violation(String message) {
        append(VIOLATIONS, message.replace("\n", " ⏎ "));
    }

    /** The last finished run of the unit tests, or null when none finished. */
    public static Run lastRun() throws IOException {
        if (!Files.exists(RUN)) {
            return null;
        }
        Properties run = new Properties();
        try (var in = Files.newBufferedReader(RUN, StandardCharsets.UTF_8)) {
            run.load(in);
        }
        return new Run(Boolean.parseBoolean(run.getProperty("complete")), run.getProperty("scope"),
                new TreeSet<>(lines(EXERCISED)), lines(VIOLATIONS));
    }

    private static synchronized void append(Path file, String line) {
        try {
            Files.createDirectories(DIRECTORY);
            // one write per line, appended: the class loaders of several test profiles write to the same file
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }
}
