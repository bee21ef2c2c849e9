package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@code /api/insight}: who may start runs, a run's progress, a customer's history in scope, replenishments. */
@IntegrationTest
class InsightApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    InsightFixtures fixtures;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Http as(String username) {
        return Http.basic(port, username, "demo");
    }

    private JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    @Test
    void a_supervisor_starts_a_run_and_follows_its_progress_salespeople_may_not() throws InterruptedException {
        long customer = fixtures.customer("Api Buyer " + InsightFixtures.unique());
        fixtures.order(customer, LocalDate.now().minusDays(5), new BigDecimal("10.00"), 1);

        assertThat(as("sales1").postJson("/api/insight/runs", "{}").statusCode()).isEqualTo(403);
        assertThat(Http.anonymous(port).get("/api/insight/runs").statusCode()).isEqualTo(401);

        HttpResponse<String> started = as("supervisor").postJson("/api/insight/runs", "{}");
        JsonNode run = ok(started, 201);
        assertThat(started.headers().firstValue("Location")).hasValue("/api/insight/runs/" + run.get("id").asLong());
        long until = System.currentTimeMillis() + 120_000;
        while ("RUNNING".equals(run.get("status").asText()) && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            run = ok(as("supervisor").get("/api/insight/runs/" + run.get("id").asLong()), 200);
        }
        assertThat(run.get("status").asText()).isEqualTo("DONE");
        assertThat(run.get("processed").asInt()).isEqualTo(run.get("total").asInt());
        assertThat(ok(as("sales1").get("/api/insight/runs"), 200).get(0).get("id").asLong())
                .isEqualTo(run.get("id").asLong());

        JsonNode history = ok(as("sales1").get("/api/insight/customers/" + customer + "/history"), 200);
        assertThat(history).extracting(change -> change.get("kind").asText()).contains("LIFECYCLE", "RFM_TIER");
        assertThat(as("sales3").get("/api/insight/customers/" + customer + "/history").statusCode()).isEqualTo(404);
        assertThat(as("finance").get("/api/insight/runs").statusCode()).isEqualTo(403);

        JsonNode page = ok(as("sales1").get("/api/insight/replenishments?page=0&size=5"), 200);
        assertThat(page.has("items") && page.has("total")).isTrue();
        assertThat(ok(as("director").get("/api/insight/trend?kind=LIFECYCLE&runs=3"), 200).isArray()).isTrue();
        assertThat(as("director").get("/api/insight/trend?kind=NOPE").statusCode()).isEqualTo(400);
    }
}
