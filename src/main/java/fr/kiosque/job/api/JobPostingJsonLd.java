package fr.kiosque.job.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A listing as a schema.org {@code JobPosting} (what Google for Jobs reads), ready to embed in
 * {@code <script type="application/ld+json">}. Properties without a value are left out, never
 * {@code null}, as structured data wants; the schemas say which are always there.
 * See docs/jobs.md for the mapping.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@context", "@type" })
@Schema(name = "JobPostingJsonLd", description = "schema.org JobPosting (JSON-LD)")
public record JobPostingJsonLd(
        @JsonProperty("@context") @Schema(required = true, examples = "https://schema.org/") String context,
        @JsonProperty("@type") @Schema(required = true, examples = "JobPosting") String type,
        @Schema(required = true, examples = "Chef de projet digital (H/F)") String title,
        @Schema(required = true, description = "HTML", examples = "<p>Vous pilotez les projets web de nos clients.</p>") String description,
        @Schema(required = true) Identifier identifier,
        @Schema(required = true, examples = "2026-11-20T08:00:00Z") Instant datePosted,
        @Schema(required = true, examples = "2027-01-31T23:59:59Z") Instant validThrough,
        @Schema(required = true, description = "FULL_TIME, TEMPORARY, CONTRACTOR ou INTERN, selon le contrat", examples = "FULL_TIME") String employmentType,
        @Schema(required = true) Organization hiringOrganization,
        @Schema(description = "Absent pour un poste en télétravail complet") Place jobLocation,
        @Schema(description = "TELECOMMUTE pour un poste en télétravail complet ; absent sinon", examples = "TELECOMMUTE") String jobLocationType,
        @Schema(description = "Pays où doivent résider les candidats d'un poste en télétravail complet ; absent sinon") Country applicantLocationRequirements,
        @Schema(required = true) MonetaryAmount baseSalary,
        @Schema(required = true, description = "true quand on postule sur Kiosque même", examples = "true") boolean directApply) {

    public static final String CONTEXT = "https://schema.org/";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    @Schema(name = "JsonLdIdentifier")
    public record Identifier(
            @JsonProperty("@type") @Schema(required = true, examples = "PropertyValue") String type,
            @Schema(required = true, examples = "Agence Fil Rouge") String name,
            @Schema(required = true, examples = "chef-de-projet-digital-h-f-agence-fil-rouge-lyon") String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    @Schema(name = "JsonLdOrganization")
    public record Organization(
            @JsonProperty("@type") @Schema(required = true, examples = "Organization") String type,
            @Schema(required = true, examples = "Agence Fil Rouge") String name,
            @Schema(description = "Site de l'employeur", examples = "https://www.agence-filrouge.fr") String sameAs,
            @Schema(examples = "https://cdn.kiosque.fr/logos/agence-fil-rouge.png") String logo) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    @Schema(name = "JsonLdPlace")
    public record Place(
            @JsonProperty("@type") @Schema(required = true, examples = "Place") String type,
            @Schema(required = true) PostalAddress address) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    @Schema(name = "JsonLdPostalAddress")
    public record PostalAddress(
            @JsonProperty("@type") @Schema(required = true, examples = "PostalAddress") String type,
            @Schema(examples = "Lyon") String addressLocality,
            @Schema(examples = "69002") String postalCode,
            @Schema(examples = "Auvergne-Rhône-Alpes") String addressRegion,
            @Schema(required = true, examples = "FR") String addressCountry) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    @Schema(name = "JsonLdCountry")
    public record Country(
            @JsonProperty("@type") @Schema(required = true, examples = "Country") String type,
            @Schema(required = true, examples = "FR") String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    @Schema(name = "JsonLdMonetaryAmount")
    public record MonetaryAmount(
            @JsonProperty("@type") @Schema(required = true, examples = "MonetaryAmount") String type,
            @Schema(required = true, examples = "EUR") String currency,
            @Schema(required = true) QuantitativeValue value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({ "@type" })
    @Schema(name = "JsonLdQuantitativeValue")
    public record QuantitativeValue(
            @JsonProperty("@type") @Schema(required = true, examples = "QuantitativeValue") String type,
            @Schema(required = true, examples = "40000") BigDecimal minValue,
            @Schema(required = true, examples = "50000") BigDecimal maxValue,
            @Schema(required = true, description = "YEAR, MONTH, DAY ou HOUR", examples = "YEAR") String unitText) {
    }
}
