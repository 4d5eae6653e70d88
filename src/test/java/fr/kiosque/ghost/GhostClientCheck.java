package fr.kiosque.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Ghost's own client against a running Kiosque: {@code npm ci} in {@code tools/ghost-client-check}
 * (the pinned {@code @tryghost/content-api}), then {@code node check.mjs}, which makes content and a
 * key through the admin API and drives the client through a Gatsby or Next.js starter's calls. Any
 * error or missing field fails it, with the script's output. Node.js 18+ and npm must be on the PATH.
 */
public final class GhostClientCheck {

    private GhostClientCheck() {
    }

    /** Runs the check against {@code baseUrl} with an admin's bearer {@code token}; its output goes to {@code log}. */
    public static void run(String baseUrl, String token, Path log) throws IOException, InterruptedException {
        Path tool = Path.of("tools/ghost-client-check").toAbsolutePath(); // Maven runs the tests from the project root
        assertThat(tool.resolve("package-lock.json")).exists();
        exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), tool, Map.of(), log, 300);
        exec(List.of("node", "check.mjs"), tool, Map.of("KIOSQUE_URL", baseUrl, "KIOSQUE_ADMIN_TOKEN", token), log, 180);
    }

    private static void exec(List<String> command, Path dir, Map<String, String> env, Path log, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("The Ghost client check needs Node.js 18+ and npm on the PATH (" + command.get(0)
                    + " could not be started: " + e.getMessage() + "). Install Node.js, then run ./mvnw verify again.", e);
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took over " + timeoutSeconds + " s; its output:\n" + output(log));
        }
        assertThat(process.exitValue()).as("%s failed; its output (%s):%n%s", String.join(" ", command), log, output(log)).isZero();
    }

    private static String output(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
