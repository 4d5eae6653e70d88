package fr.kiosque.support;

import static fr.kiosque.support.ContractValidationRecord.DIRECTORY;
import static fr.kiosque.support.ContractValidationRecord.EXERCISED;
import static fr.kiosque.support.ContractValidationRecord.RUN;
import static fr.kiosque.support.ContractValidationRecord.VIOLATIONS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts a new {@link ContractValidationRecord} with each run of the unit tests and, when the run
 * ends, notes whether it held every {@code *Test} class of the module (a complete record) or a
 * part of them ({@code -Dtest=...}). Registered in {@code META-INF/services}.
 */
public class ContractValidationRunListener implements TestExecutionListener {

    private Set<String> planned;
    private Set<String> expected;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        planned = classesOf(plan);
        if (planned.stream().noneMatch(name -> name.endsWith("Test"))) {
            planned = null; // failsafe's run of the *IT classes: it reads the record, never restarts it
            return;
        }
        expected = unitTestClasses();
        try {
            Files.createDirectories(DIRECTORY);
            for (Path file : List.of(EXERCISED, VIOLATIONS, RUN)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (planned == null) {
            return;
        }
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(planned);
        Properties run = new Properties();
        run.setProperty("complete", String.valueOf(missing.isEmpty()));
        run.setProperty("scope", missing.isEmpty() ? "all " + expected.size() + " test classes"
                : planned.size() + " of " + expected.size() + " test classes (a partial run, -Dtest=...)");
        try (var out = Files.newBufferedWriter(RUN, StandardCharsets.UTF_8)) {
            run.store(out, "ContractValidationRecord");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> classesOf(TestPlan plan) {
        Set<String> classes = new TreeSet<>();
        Deque<TestIdentifier> pending = new ArrayDeque<>(plan.getRoots());
        while (!pending.isEmpty()) {
            TestIdentifier identifier = pending.pop();
            TestSource source = identifier.getSource().orElse(null);
            if (source instanceof ClassSource type) {
                String name = type.getClassName();
                classes.add(name.contains("$") ? name.substring(0, name.indexOf('$')) : name);
            }
            pending.addAll(plan.getChildren(identifier));
        }
        return classes;
    }

    /** The classes Surefire runs ({@code *Test}), found in the compiled test classes. */
    private static Set<String> unitTestClasses() {
        try {
            Path root = Path.of(ContractValidationRecord.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize).map(Path::toString)
                        .filter(name -> name.endsWith("Test.class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                        .collect(Collectors.toCollection(TreeSet::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

}
