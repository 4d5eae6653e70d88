package fr.kiosque.support;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** How many SQL statements one call prepares (Hibernate's statistics, on in the test profile). */
public final class Statements {

    private Statements() {
    }

    public static long countedFor(EntityManagerFactory factory, Runnable call) {
        // The response cache reads, once per change of the data, when scheduled articles next go
        // live: a request to another URL pays that first, so the count below is the call's own.
        given().queryParam("tag", "aucun-" + UUID.randomUUID()).get("/api/v1/articles").then().statusCode(200);
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        if (!statistics.isStatisticsEnabled()) {
            throw new IllegalStateException("Hibernate statistics are off: nothing would be counted");
        }
        statistics.clear();
        call.run();
        return statistics.getPrepareStatementCount();
    }
}
