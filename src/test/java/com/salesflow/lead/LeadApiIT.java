package com.salesflow.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/leads} end to end: intake through the process, field errors that create nothing, and scope. */
@IntegrationTest
class LeadApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    RuntimeService runtime;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Http as(String username) {
        return Http.basic(port, username, "demo");
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private long total(String user) {
        return body(as(user).get("/api/leads?size=1")).get("total").asLong();
    }

    @Test
    void a_submitted_lead_is_created_scored_and_routed_and_listed_for_its_owner_only() {
        String id = Long.toString(System.nanoTime()).substring(4);
        String lead = """
                {"name":"Zhou Min","company":"API Lead Electronics %s","phone":"+86 138 %s","email":"zhou.%s@api-lead.example",
                 "source":"WEB_FORM","industry":"Electronics","region":"East","companySize":"MEDIUM","engagement":"MEDIUM",
                 "need":"Sensors for a new line"}""".formatted(id, id.substring(0, 8), id);

        HttpResponse<String> created = as("supervisor").postJson("/api/leads", lead);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode details = body(created);
        long leadId = details.get("lead").get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/leads/" + leadId);
        assertThat(details.get("lead").get("status").asText()).isEqualTo("QUALIFYING");
        assertThat(details.get("lead").get("rating").asText()).isIn("HOT", "WARM", "COLD");
        assertThat(details.get("scoreReasons").size()).isPositive();
        String owner = details.get("lead").get("owner").asText();
        assertThat(owner).isIn("sales1", "sales2");
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceId(details.get("lead").get("processInstanceId").asText()).count()).isOne();

        assertThat(as(owner).get("/api/leads/" + leadId).statusCode()).isEqualTo(200);
        assertThat(as("sales3").get("/api/leads/" + leadId).statusCode()).isEqualTo(404);
        assertThat(as("director").get("/api/leads/" + leadId).statusCode()).isEqualTo(200);
        JsonNode mine = body(as(owner).get("/api/leads?status=QUALIFYING&q=API%20Lead%20Electronics%20" + id));
        assertThat(mine.get("total").asLong()).isOne();
        assertThat(body(as("sales3").get("/api/leads?q=API%20Lead%20Electronics%20" + id)).get("total").asLong()).isZero();
    }

    @Test
    void whoever_entered_a_lead_can_follow_it_after_routing_gave_it_to_another_team() {
        String id = Long.toString(System.nanoTime()).substring(4);
        String lead = """
                {"name":"He Jun","company":"Entered Lead Packaging %s","phone":"+86 136 %s","source":"EVENT",
                 "industry":"Packaging","region":"East"}""".formatted(id, id.substring(0, 8));

        JsonNode created = body(as("sales3").postJson("/api/leads", lead));

        long leadId = created.get("lead").get("id").asLong();
        assertThat(created.get("lead").get("owner").asText()).isIn("sales1", "sales2");
        assertThat(as("sales3").get("/api/leads/" + leadId).statusCode()).isEqualTo(200);
        assertThat(body(as("sales3").get("/api/leads?q=Entered%20Lead%20Packaging%20" + id)).get("total").asLong())
                .isOne();
        assertThat(as("supervisor2").get("/api/leads/" + leadId).statusCode()).isEqualTo(404);
    }

    @Test
    void the_list_filters_leads_being_qualified_by_first_contact_state() {
        String id = Long.toString(System.nanoTime()).substring(4);
        String lead = """
                {"name":"Sun Lei","company":"SLA Lead Chemicals %s","phone":"+86 137 %s","email":"sun.%s@sla-lead.example",
                 "source":"PHONE","industry":"Chemicals","region":"East"}""".formatted(id, id.substring(0, 8), id);
        JsonNode details = body(as("supervisor").postJson("/api/leads", lead));
        long leadId = details.get("lead").get("id").asLong();
        assertThat(details.get("lead").get("sla").asText()).isEqualTo("ON_TIME");
        String search = "/api/leads?q=SLA%20Lead%20Chemicals%20" + id + "&sla=";
        assertThat(body(as("supervisor").get(search + "ON_TIME")).get("total").asLong()).isOne();
        assertThat(body(as("supervisor").get(search + "OVERDUE")).get("total").asLong()).isZero();

        // A day later the first contact is overdue; the lead's due time is moved instead of the clock.
        jdbc.update("update sf_lead set contact_due_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600)), leadId);
        assertThat(body(as("supervisor").get(search + "OVERDUE")).get("total").asLong()).isOne();
        assertThat(body(as("supervisor").get(search + "ON_TIME")).get("total").asLong()).isZero();
        assertThat(body(as("supervisor").get("/api/leads/" + leadId)).get("lead").get("sla").asText())
                .isEqualTo("OVERDUE");
        jdbc.update("update sf_lead set contact_due_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)), leadId);
        assertThat(body(as("supervisor").get(search + "DUE_SOON")).get("total").asLong()).isOne();
        assertThat(as("supervisor").get(search + "LATE").statusCode()).isEqualTo(400);
    }

    @Test
    void bad_input_gets_field_errors_and_creates_nothing() {
        long before = total("director");
        long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey("lead-qualification").count();

        HttpResponse<String> refused = as("sales1").postJson("/api/leads",
                "{\"name\":\"\",\"company\":\"\",\"phone\":\"12\",\"email\":\"not-an-address\",\"source\":\"WEB_FORM\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(body(refused).get("errors").findValuesAsText("field")).contains("name", "phone", "email");
        assertThat(total("director")).isEqualTo(before);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("lead-qualification").count())
                .isEqualTo(instancesBefore);
        assertThat(as("designer").postJson("/api/leads",
                "{\"name\":\"X\",\"phone\":\"13800000000\",\"source\":\"PHONE\"}").statusCode()).isEqualTo(403);
        assertThat(as("sales1").get("/api/leads?status=LOST").statusCode()).isEqualTo(400);
    }
}
