package fr.kiosque.cv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.WebhookReceiver;
import fr.kiosque.support.WebhookReceiver.Received;
import fr.kiosque.webhook.Webhooks;
import io.quarkus.test.junit.QuarkusTest;

/** {@code cv.received}: one signed delivery per stored submission, naming it and its listing, nothing about the candidate. */
@QuarkusTest
class CvWebhookTest {

    @Test
    void eachStoredSubmissionIsAnnouncedOnceWithoutCandidateData() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.register("cv.received");
            String listing = (String) CvFixtures.listing().get("slug");
            var forListing = CvFixtures.submission(null).field("jobSlug", listing).idempotencyKey("cv-webhook-" + System.nanoTime());
            var applied = forListing.create();
            forListing.create(); // a retry with the same key replays the first answer: no second event
            var spontaneous = CvFixtures.submission(CvFixtures.profile()).create();
            // refused submissions announce nothing
            CvFixtures.submission(null).field("consent", null).send().then().statusCode(400);

            Webhooks.deliverAll();

            List<Received> mine = receiver.received().stream()
                    .filter(r -> List.of(applied.id().toString(), spontaneous.id().toString()).contains(r.json().getString("data.id")))
                    .toList();
            assertThat(mine).hasSize(2);
            for (Received request : mine) {
                assertThat(request.event()).isEqualTo("cv.received");
                assertThat(receiver.signatureValid(request)).isTrue();
                Map<String, Object> data = request.json().getMap("data");
                assertThat(data).containsOnlyKeys("id", "jobSlug", "receivedAt");
                assertThat(request.body()).doesNotContain("Camille", "Durand", "@example.org", "Lyon");
            }
            Map<String, Object> first = mine.stream().filter(r -> r.json().getString("data.id").equals(applied.id().toString()))
                    .findFirst().orElseThrow().json().getMap("data");
            assertThat(first.get("jobSlug")).isEqualTo(listing);
            Map<String, Object> second = mine.stream().filter(r -> r.json().getString("data.id").equals(spontaneous.id().toString()))
                    .findFirst().orElseThrow().json().getMap("data");
            assertThat(second.get("jobSlug")).isNull();
        }
    }
}
