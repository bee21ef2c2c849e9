package com.salesflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@code /api/complaints} end to end with the demo users: registered by the customer's salesperson (201), field
 * errors (400), no login (401), a role that may not (403), another salesperson's scope (404), the service group's
 * take, resolve and confirm with a stale version (409), the list search and the report.
 */
@IntegrationTest
class ComplaintApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    ComplaintFixtures fixtures;

    @BeforeEach
    void unlockService() {
        fixtures.unlockService();
    }

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

    private List<String> errorFields(HttpResponse<String> response) {
        JsonNode problem = ok(response, 400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void complaints_are_registered_handled_and_reported_over_rest_within_the_callers_scope() {
        long customer = fixtures.customer();
        String registration = """
                {"customerId": %d, "category": "DELIVERY", "severity": "HIGH", "channel": "API",
                 "description": "Half of the order arrived"}""".formatted(customer);

        assertThat(Http.anonymous(port).get("/api/complaints").statusCode()).isEqualTo(401);
        assertThat(errorFields(as("sales1").postJson("/api/complaints", "{\"customerId\": " + customer + "}")))
                .containsExactlyInAnyOrder("category", "severity", "channel", "description");
        assertThat(as("designer").postJson("/api/complaints", registration).statusCode()).isEqualTo(403);
        assertThat(as("sales3").postJson("/api/complaints", registration).statusCode()).isEqualTo(404);

        HttpResponse<String> created = as("sales1").postJson("/api/complaints", registration);
        JsonNode complaint = ok(created, 201);
        long id = complaint.at("/summary/id").asLong();
        String number = complaint.at("/summary/number").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/complaints/" + id);
        assertThat(number).matches("TS-\\d{4}-\\d{5}");
        assertThat(complaint.at("/summary/status").asText()).isEqualTo("REGISTERED");
        assertThat(complaint.at("/slaHours").asInt()).isEqualTo(24);

        assertThat(as("sales3").get("/api/complaints/" + id).statusCode()).isEqualTo(404);
        assertThat(as("sales1").get("/api/complaints/999999999").statusCode()).isEqualTo(404);
        assertThat(as("sales1").postJson("/api/complaints/" + id + "/take", "{}").statusCode()).isEqualTo(403);
        JsonNode page = ok(as("supervisor").get("/api/complaints?q=" + number), 200);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.at("/items/0/customerId").asLong()).isEqualTo(customer);
        assertThat(ok(as("sales3").get("/api/complaints?q=" + number), 200).get("total").asLong()).isZero();

        complaint = ok(as("service").postJson("/api/complaints/" + id + "/take", "{}"), 200);
        assertThat(complaint.at("/summary/assignee").asText()).isEqualTo("service");
        assertThat(errorFields(as("service").postJson("/api/complaints/" + id + "/resolve", "{}")))
                .containsExactlyInAnyOrder("resolution", "rootCause");
        complaint = ok(as("service").postJson("/api/complaints/" + id + "/resolve",
                "{\"resolution\": \"Second half delivered\", \"rootCause\": \"Split shipment\", \"version\": "
                        + complaint.at("/summary/version").asLong() + "}"), 200);
        long version = complaint.at("/summary/version").asLong();
        assertThat(as("service").postJson("/api/complaints/" + id + "/confirm",
                "{\"satisfied\": true, \"version\": " + (version - 1) + "}").statusCode()).isEqualTo(409);
        complaint = ok(as("service").postJson("/api/complaints/" + id + "/confirm",
                "{\"satisfied\": true, \"version\": " + version + "}"), 200);
        assertThat(complaint.at("/summary/status").asText()).isEqualTo("CLOSED");
        assertThat(complaint.get("trail").size()).isEqualTo(5);

        JsonNode report = ok(as("service").get("/api/complaints/report"), 200);
        assertThat(report.get("rows").size()).isEqualTo(4);
        assertThat(report.at("/rows/3/outcome").asText()).isEqualTo("RESOLVED_QUICKLY");
        assertThat(report.at("/rows/3/seedPercent").asInt()).isEqualTo(82);
        assertThat(report.at("/rows/3/cases").asLong()).isPositive();
    }
}
