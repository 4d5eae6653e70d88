package fr.kiosque.job;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.kiosque.common.persistence.Timestamps;

/**
 * A career sheet ("fiche métier"): a profession, what it takes and what it pays. Pay bands are
 * gross yearly amounts in EUR; a band is both bounds or neither.
 */
@Entity
@Table(name = "job_profile")
public class JobProfile extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String title;

    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> missions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> skills = new ArrayList<>();

    public String education;

    @Column(name = "career_path")
    public String careerPath;

    @Column(name = "junior_min")
    public Integer juniorMin;

    @Column(name = "junior_max")
    public Integer juniorMax;

    @Column(name = "confirmed_min")
    public Integer confirmedMin;

    @Column(name = "confirmed_max")
    public Integer confirmedMax;

    @Column(name = "senior_min")
    public Integer seniorMin;

    @Column(name = "senior_max")
    public Integer seniorMax;

    /** Slugs of related articles, in order; those the public does not see are skipped when read. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "related_articles", nullable = false)
    public List<String> relatedArticles = new ArrayList<>();

    /** The folded title that {@code q} searches; computed by the database (a generated column). */
    @Column(name = "search_text", insertable = false, updatable = false)
    String searchText;

    /** The band of a seniority, or null when the sheet gives none: {min, max}. */
    public int[] band(Seniority seniority) {
        Integer min = switch (seniority) {
            case JUNIOR -> juniorMin;
            case CONFIRMED -> confirmedMin;
            case SENIOR -> seniorMin;
        };
        Integer max = switch (seniority) {
            case JUNIOR -> juniorMax;
            case CONFIRMED -> confirmedMax;
            case SENIOR -> seniorMax;
        };
        return min == null || max == null ? null : new int[] { min, max };
    }

    void setBand(Seniority seniority, Integer min, Integer max) {
        switch (seniority) {
            case JUNIOR -> {
                juniorMin = min;
                juniorMax = max;
            }
            case CONFIRMED -> {
                confirmedMin = min;
                confirmedMax = max;
            }
            case SENIOR -> {
                seniorMin = min;
                seniorMax = max;
            }
        }
    }
}
