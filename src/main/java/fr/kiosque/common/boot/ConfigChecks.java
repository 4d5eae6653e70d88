package fr.kiosque.common.boot;

import java.util.ArrayList;
import java.util.List;

/**
 * Range checks of {@code kiosque.*} settings, run by each feature when the application starts.
 * Bean Validation annotations on {@code @ConfigMapping} interfaces would do the same, but make
 * Quarkus bootstrap a second Hibernate Validator for the configuration before anything else:
 * about half a second of every start (measured with JFR, docs/benchmarks.md). A start with a
 * setting out of range fails with one line naming each setting.
 */
public final class ConfigChecks {

    private final List<String> problems = new ArrayList<>();

    public ConfigChecks atLeast(String name, long value, long minimum) {
        if (value < minimum) {
            problems.add(name + " must be at least " + minimum + " (it is " + value + ")");
        }
        return this;
    }

    /** A setting whose largest value is a bound the API contract states (maxItems). */
    public ConfigChecks atMost(String name, long value, long maximum) {
        if (value > maximum) {
            problems.add(name + " must be at most " + maximum + " (it is " + value + ")");
        }
        return this;
    }

    /** A setting with both bounds: {@link #atLeast} and {@link #atMost} in one. */
    public ConfigChecks between(String name, long value, long minimum, long maximum) {
        return atLeast(name, value, minimum).atMost(name, value, maximum);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Throws, naming every setting out of range, if there is one. */
    public void orFail() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid configuration: " + String.join("; ", problems));
        }
    }
}
