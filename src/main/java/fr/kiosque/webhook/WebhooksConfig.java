package fr.kiosque.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.webhooks.*} */
@ConfigMapping(prefix = "kiosque.webhooks")
interface WebhooksConfig {

    /** Whether endpoints may target private, loopback or link-local addresses (on in dev and test only). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How often the worker looks for due deliveries ("1s"; "off" stops sending from this instance). */
    @WithDefault("1s")
    String pollEvery();

    /** Deliveries claimed (and sent in parallel) per round. */
    @WithDefault("20")
    int batchSize();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Longest wait for the receiver's answer once connected. */
    @WithDefault("PT10S")
    Duration readTimeout();

    /** Wait before the second attempt; doubled for each later one. */
    @WithDefault("PT30S")
    Duration backoffBase();

    /** Longest wait between two attempts. */
    @WithDefault("PT6H")
    Duration backoffMax();

    /** Attempts before a delivery is marked FAILED (an admin can still replay it). */
    @WithDefault("8")
    int maxAttempts();

    /** How long finished deliveries (DELIVERED, FAILED, CANCELLED) and their attempts stay in the log. */
    @WithDefault("P30D")
    java.time.Period retention();

    /** How often each instance deletes finished deliveries older than {@link #retention()} ("1h"; "off" disables it here). */
    @WithDefault("1h")
    String purgeEvery();
}
