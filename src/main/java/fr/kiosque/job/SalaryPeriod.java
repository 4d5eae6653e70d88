package fr.kiosque.job;

import java.math.BigDecimal;

/**
 * What a salary amount pays for. Listings are compared (salary filter, sort, benchmark) on yearly
 * amounts: 12 months, 218 working days (the French "forfait jours") or 1,607 hours (35-hour weeks)
 * a year. The same factors are in the {@code job_listing} table's generated columns.
 */
public enum SalaryPeriod {
    YEAR(1), MONTH(12), DAY(218), HOUR(1607);

    private final int perYear;

    SalaryPeriod(int perYear) {
        this.perYear = perYear;
    }

    public BigDecimal yearly(BigDecimal amount) {
        return amount.multiply(BigDecimal.valueOf(perYear));
    }
}
