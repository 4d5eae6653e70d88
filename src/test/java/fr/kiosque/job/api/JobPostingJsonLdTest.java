package fr.kiosque.job.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.kiosque.job.ApplyMethod;
import fr.kiosque.job.Contract;
import fr.kiosque.job.JobListing;
import fr.kiosque.job.RemoteWork;
import fr.kiosque.job.SalaryPeriod;

/** A listing's schema.org JobPosting (docs/jobs.md, "JSON-LD"), without a database. */
class JobPostingJsonLdTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aListingIsAJobPostingWithWhatGoogleRequiresAndRecommends() throws Exception {
        JobListing job = listing();
        job.companyWebsite = "https://www.maison-lumiere.fr";
        job.companyLogoUrl = "https://cdn.example.org/lumiere.png";

        JsonNode ld = JSON.valueToTree(JobMapper.jsonLd(job));

        assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org/");
        assertThat(ld.path("@type").asText()).isEqualTo("JobPosting");
        assertThat(ld.path("title").asText()).isEqualTo("Responsable marketing");
        assertThat(ld.path("description").asText()).isEqualTo("<p>Vous animez la <em>marque</em>.</p>");
        assertThat(ld.path("datePosted").asText()).isEqualTo("2026-11-02T08:00:00Z");
        assertThat(ld.path("validThrough").asText()).isEqualTo("2026-12-12T08:00:00Z");
        assertThat(ld.path("employmentType").asText()).isEqualTo("FULL_TIME");
        assertThat(ld.path("identifier")).isEqualTo(JSON.valueToTree(
                Map.of("@type", "PropertyValue", "name", "Maison Lumière", "value", "responsable-marketing-maison-lumiere")));
        assertThat(ld.path("hiringOrganization")).isEqualTo(JSON.valueToTree(Map.of("@type", "Organization",
                "name", "Maison Lumière", "sameAs", "https://www.maison-lumiere.fr", "logo", "https://cdn.example.org/lumiere.png")));
        assertThat(ld.path("jobLocation")).isEqualTo(JSON.valueToTree(Map.of("@type", "Place", "address", Map.of(
                "@type", "PostalAddress", "addressLocality", "Nantes", "postalCode", "44000",
                "addressRegion", "Pays de la Loire", "addressCountry", "FR"))));
        assertThat(ld.path("baseSalary").path("@type").asText()).isEqualTo("MonetaryAmount");
        assertThat(ld.path("baseSalary").path("currency").asText()).isEqualTo("EUR");
        JsonNode value = ld.path("baseSalary").path("value");
        assertThat(value.path("@type").asText()).isEqualTo("QuantitativeValue");
        assertThat(value.path("minValue").decimalValue()).isEqualByComparingTo("45000");
        assertThat(value.path("maxValue").decimalValue()).isEqualByComparingTo("55000");
        assertThat(JSON.writeValueAsString(JobMapper.jsonLd(job))).contains("\"minValue\":45000,"); // not 45000.00
        assertThat(value.path("unitText").asText()).isEqualTo("YEAR");
        assertThat(ld.path("directApply").asBoolean()).isTrue();

        // Google's required properties, and nothing empty: structured data leaves absent values out
        assertThat(ld.properties()).extracting(Map.Entry::getKey)
                .contains("title", "description", "datePosted", "hiringOrganization", "jobLocation")
                .containsExactlyInAnyOrder("@context", "@type", "title", "description", "identifier", "datePosted",
                        "validThrough", "employmentType", "hiringOrganization", "jobLocation", "baseSalary", "directApply");
        assertThat(ld.properties()).extracting(Map.Entry::getValue).noneMatch(JsonNode::isNull);
    }

    @Test
    void aFullyRemoteJobIsATelecommuteWithTheApplicantsCountry() {
        JobListing job = listing();
        job.remote = RemoteWork.FULL_REMOTE;
        job.contract = Contract.FREELANCE;
        job.city = null;
        job.postalCode = null;
        job.region = null;
        job.country = "BE";
        job.salaryMin = BigDecimal.valueOf(350);
        job.salaryMax = BigDecimal.valueOf(450);
        job.salaryPeriod = SalaryPeriod.DAY;
        job.applyMethod = ApplyMethod.EXTERNAL_URL;
        job.applyUrl = "https://studio-plume.example.org/candidater";

        JsonNode ld = JSON.valueToTree(JobMapper.jsonLd(job));

        assertThat(ld.path("jobLocationType").asText()).isEqualTo("TELECOMMUTE");
        assertThat(ld.path("applicantLocationRequirements")).isEqualTo(JSON.valueToTree(Map.of("@type", "Country", "name", "BE")));
        assertThat(ld.path("employmentType").asText()).isEqualTo("CONTRACTOR");
        assertThat(ld.path("baseSalary").path("value").path("unitText").asText()).isEqualTo("DAY");
        assertThat(ld.path("directApply").asBoolean()).isFalse();
        assertThat(ld.has("jobLocation")).isFalse();
        assertThat(ld.path("hiringOrganization").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("@type", "name");
    }

    @Test
    void theEmploymentTypeFollowsTheContract() {
        Map<Contract, String> expected = Map.of(Contract.CDI, "FULL_TIME", Contract.CDD, "TEMPORARY", Contract.INTERIM, "TEMPORARY",
                Contract.FREELANCE, "CONTRACTOR", Contract.INTERNSHIP, "INTERN", Contract.APPRENTICESHIP, "INTERN");
        assertThat(expected.keySet()).containsExactlyInAnyOrder(Contract.values());
        for (Contract contract : Arrays.asList(Contract.values())) {
            JobListing job = listing();
            job.contract = contract;
            assertThat(JobMapper.jsonLd(job).employmentType()).as(contract.name()).isEqualTo(expected.get(contract));
        }
    }

    /** A complete on-site listing, as the API stores one. */
    private static JobListing listing() {
        JobListing job = new JobListing();
        job.slug = "responsable-marketing-maison-lumiere";
        job.title = "Responsable marketing";
        job.companyName = "Maison Lumière";
        job.city = "Nantes";
        job.postalCode = "44000";
        job.region = "pays-de-la-loire";
        job.country = "FR";
        job.remote = RemoteWork.ON_SITE;
        job.contract = Contract.CDI;
        job.salaryMin = new BigDecimal("45000.00");
        job.salaryMax = new BigDecimal("55000.00");
        job.salaryCurrency = "EUR";
        job.salaryPeriod = SalaryPeriod.YEAR;
        job.salaryGross = true;
        job.description = "<p>Vous animez la <em>marque</em>.</p>";
        job.datePosted = Instant.parse("2026-11-02T08:00:00Z");
        job.validThrough = Instant.parse("2026-12-12T08:00:00Z");
        job.applyMethod = ApplyMethod.KIOSQUE;
        return job;
    }
}
