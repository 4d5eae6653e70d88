package fr.kiosque.job.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.job.SalaryPeriod;

/** A pay range: {@code { "min": 38000, "max": 45000, "currency": "EUR", "period": "YEAR", "gross": true }}. */
@Schema(name = "Money", description = "Fourchette de rémunération (brute si gross est vrai)")
public record Money(
        @Schema(examples = "38000") BigDecimal min,
        @Schema(examples = "45000") BigDecimal max,
        @Schema(description = "ISO 4217", examples = "EUR") String currency,
        @Schema(description = "Ce que rémunère le montant : an, mois, jour ou heure", examples = "YEAR") SalaryPeriod period,
        @Schema(description = "Brut (true) ou net (false)", examples = "true") boolean gross) {

    public static Money of(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period, boolean gross) {
        return new Money(plain(min), plain(max), currency, period, gross);
    }

    /** A gross yearly range in EUR, as career sheets and benchmarks give them. */
    public static Money yearlyGross(long min, long max) {
        return new Money(BigDecimal.valueOf(min), BigDecimal.valueOf(max), "EUR", SalaryPeriod.YEAR, true);
    }

    /** {@code 38000}, not {@code 38000.00}; {@code 12.5} stays. */
    static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
