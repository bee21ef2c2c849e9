package com.salesflow.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/opportunities} end to end with the demo users: filters, data scope (404 outside it), stage rules, stale
 * versions, the pipeline sums, and contact records moving follow-up times.
 */
@IntegrationTest
class OpportunityApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private Http as(String username) {
        return Http.basic(port, username, "demo");
    }

    private static String token() {
        return "o" + Long.toString(System.nanoTime(), 36);
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private long customer(String username, String name) {
        HttpResponse<String> response = as(username).postJson("/api/customers", """
                {"type":"COMPANY","name":"%s","phone":"+86 137 %08d","email":"buy@%s.example.cn",
                 "source":"REFERRAL","grade":"ORDINARY","lifecycle":"PROSPECT"}""".formatted(name,
                System.nanoTime() % 100_000_000, Long.toString(System.nanoTime(), 36)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("id").asLong();
    }

    private JsonNode open(String username, long customerId, String name, String amount, LocalDate close) {
        HttpResponse<String> response = as(username).postJson("/api/opportunities", """
                {"customerId":%d,"name":"%s","amount":%s,"expectedClose":%s,"competitors":["Siemens 西门子"]}"""
                .formatted(customerId, name, amount == null ? "null" : "\"" + amount + "\"",
                        close == null ? "null" : "\"" + close + "\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = body(response);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/opportunities/" + created.get("id").asLong());
        return created;
    }

    private HttpResponse<String> move(String username, JsonNode opportunity, String stage, String extra) {
        return as(username).postJson("/api/opportunities/" + opportunity.get("id").asLong() + "/stage",
                "{\"stage\":\"%s\",\"version\":%d%s}".formatted(stage, opportunity.get("version").asLong(), extra));
    }

    private JsonNode get(String username, long id) {
        HttpResponse<String> response = as(username).get("/api/opportunities/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private List<String> names(String username, String query) {
        HttpResponse<String> response = as(username).get("/api/opportunities?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        body(response).get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void an_opportunity_is_opened_and_the_list_filters_by_text_stage_owner_customer_and_expected_close() {
        String token = token();
        long customerId = customer("sales1", "锦程机械有限公司 " + token);
        LocalDate today = LocalDate.now();
        JsonNode soon = open("sales1", customerId, "Spindles " + token, "120000.50", today.plusDays(10));
        JsonNode later = open("sales1", customerId, "Service contract " + token, "80000", today.plusDays(90));
        JsonNode late = open("sales1", customerId, "Spare parts " + token, null, today.minusDays(5));

        assertThat(soon.get("stage").asText()).isEqualTo("QUALIFICATION");
        assertThat(soon.get("probability").asInt()).isEqualTo(10);
        assertThat(soon.get("amount").asText()).isEqualTo("120000.50");
        assertThat(soon.get("currency").asText()).isEqualTo("CNY");
        assertThat(soon.get("owner").asText()).isEqualTo("sales1");
        assertThat(soon.get("customerName").asText()).startsWith("锦程机械");
        assertThat(soon.get("competitors").get(0).asText()).isEqualTo("Siemens 西门子");

        JsonNode list = body(as("sales1").get("/api/opportunities?q=" + token));
        assertThat(list.get("total").asLong()).isEqualTo(3);
        assertThat(list.get("page").asInt()).isZero();
        assertThat(list.get("size").asInt()).isEqualTo(20);
        assertThat(names("sales1", "q=" + encode("锦程机械有限公司 " + token))).hasSize(3);
        assertThat(names("sales1", "customerId=" + customerId + "&sort=expectedClose"))
                .containsExactly(late.get("name").asText(), soon.get("name").asText(), later.get("name").asText());
        assertThat(names("sales1", "q=" + token + "&closingFrom=" + today + "&closingTo=" + today.plusDays(30)))
                .containsExactly(soon.get("name").asText());
        assertThat(names("sales1", "q=" + token + "&overdue=true")).containsExactly(late.get("name").asText());
        assertThat(names("sales1", "q=" + token + "&sort=-amount").get(0)).isEqualTo(soon.get("name").asText());

        assertThat(move("sales1", later, "NEEDS_ANALYSIS", "").statusCode()).isEqualTo(200);
        assertThat(names("sales1", "q=" + token + "&stage=NEEDS_ANALYSIS")).containsExactly(later.get("name").asText());
        assertThat(names("sales1", "q=" + token + "&stage=NEEDS_ANALYSIS&stage=QUALIFICATION")).hasSize(3);
        assertThat(names("supervisor", "q=" + token + "&owner=sales1")).hasSize(3);
        assertThat(names("supervisor", "q=" + token + "&owner=sales2")).isEmpty();
        assertThat(names("sales1", "q=" + encode("西门子") + "&customerId=" + customerId)).hasSize(3);

        assertThat(as("sales1").get("/api/opportunities?sort=colour").statusCode()).isEqualTo(400);
    }

    @Test
    void salespeople_see_their_own_supervisors_their_team_directors_all_and_outside_the_scope_is_404() {
        String token = token();
        JsonNode east = open("sales1", customer("sales1", "East " + token), "East deal " + token, "1000", null);
        JsonNode west = open("sales3", customer("sales3", "West " + token), "West deal " + token, "2000", null);
        long eastId = east.get("id").asLong();
        long westId = west.get("id").asLong();

        assertThat(as("sales1").get("/api/opportunities/" + westId).statusCode()).isEqualTo(404);
        assertThat(as("sales1").putJson("/api/opportunities/" + westId, west.toString()).statusCode()).isEqualTo(404);
        assertThat(move("sales1", west, "PROPOSAL", "").statusCode()).isEqualTo(404);
        assertThat(as("sales2").get("/api/opportunities/" + eastId).statusCode()).isEqualTo(404);
        assertThat(names("sales1", "q=" + token)).containsExactly(east.get("name").asText());

        assertThat(as("supervisor").get("/api/opportunities/" + eastId).statusCode()).isEqualTo(200);
        assertThat(as("supervisor").get("/api/opportunities/" + westId).statusCode()).isEqualTo(404);
        assertThat(names("supervisor", "q=" + token)).containsExactly(east.get("name").asText());
        assertThat(as("supervisor2").get("/api/opportunities/" + westId).statusCode()).isEqualTo(200);
        assertThat(names("director", "q=" + token)).hasSize(2);
        assertThat(names("director", "q=" + token + "&team=east")).containsExactly(east.get("name").asText());
        assertThat(names("director", "q=" + token + "&team=west")).containsExactly(west.get("name").asText());
        assertThat(as("designer").get("/api/opportunities/" + eastId).statusCode()).isEqualTo(404);

        // The supervisor works the team's opportunities; finance may look but not change them.
        assertThat(move("supervisor", east, "NEEDS_ANALYSIS", "").statusCode()).isEqualTo(200);
        JsonNode current = get("finance", eastId);
        assertThat(move("finance", current, "PROPOSAL", "").statusCode()).isEqualTo(403);

        // Someone else's customer cannot carry your opportunity.
        long westCustomer = west.get("customerId").asLong();
        HttpResponse<String> refused = as("sales1").postJson("/api/opportunities",
                "{\"customerId\":%d,\"name\":\"Sneaky\"}".formatted(westCustomer));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused).get("errors").findValuesAsText("field")).containsExactly("customerId");
    }

    @Test
    void stages_move_with_their_probability_lost_needs_a_reason_and_a_win_is_reopened_by_a_supervisor_only() {
        String token = token();
        JsonNode deal = open("sales1", customer("sales1", "Stages " + token), "Stages " + token, "50000", null);
        long id = deal.get("id").asLong();

        HttpResponse<String> moved = move("sales1", deal, "PROPOSAL", "");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        deal = body(moved);
        assertThat(deal.get("probability").asInt()).isEqualTo(50);
        assertThat(deal.get("weightedAmount").asText()).isEqualTo("25000.00");

        // A probability set by hand stays through later moves.
        String edited = deal.toString().replace("\"probability\":50", "\"probability\":65");
        HttpResponse<String> put = as("sales1").putJson("/api/opportunities/" + id, edited);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        deal = body(put);
        assertThat(deal.get("probabilityManual").asBoolean()).isTrue();
        deal = body(move("sales1", deal, "NEGOTIATION", ""));
        assertThat(deal.get("probability").asInt()).isEqualTo(65);

        HttpResponse<String> noReason = move("sales1", deal, "LOST", "");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(noReason).get("errors").get(0).get("field").asText()).isEqualTo("lossReason");
        assertThat(get("sales1", id).get("stage").asText()).isEqualTo("NEGOTIATION");

        HttpResponse<String> lost = move("sales1", deal, "LOST", ",\"lossReason\":\"PRICE\",\"lossNote\":\"12% cheaper\"");
        assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
        deal = body(lost);
        assertThat(deal.get("probability").asInt()).isZero();
        assertThat(deal.get("lossReason").asText()).isEqualTo("PRICE");
        assertThat(deal.get("closedAt").isNull()).isFalse();

        // Reopening a loss: back to the stage's default probability, reason and closed date gone.
        deal = body(move("sales1", deal, "PROPOSAL", ""));
        assertThat(deal.get("probability").asInt()).isEqualTo(50);
        assertThat(deal.get("probabilityManual").asBoolean()).isFalse();
        assertThat(deal.get("lossReason").isNull()).isTrue();
        assertThat(deal.get("closedAt").isNull()).isTrue();

        deal = body(move("sales1", deal, "WON", ""));
        assertThat(deal.get("probability").asInt()).isEqualTo(100);
        HttpResponse<String> undo = move("sales1", deal, "NEGOTIATION", "");
        assertThat(undo.statusCode()).isEqualTo(409);
        assertThat(body(undo).get("code").asText()).isEqualTo("opportunity.wonIsFinal");
        assertThat(move("supervisor", deal, "NEGOTIATION", "").statusCode()).isEqualTo(200);
    }

    @Test
    void a_stale_version_is_a_409_for_edits_and_card_moves() {
        String token = token();
        JsonNode read = open("sales1", customer("sales1", "Stale " + token), "Stale " + token, "1000", null);
        long id = read.get("id").asLong();
        assertThat(move("sales1", read, "NEEDS_ANALYSIS", "").statusCode()).isEqualTo(200);

        HttpResponse<String> staleMove = move("sales1", read, "PROPOSAL", "");
        assertThat(staleMove.statusCode()).isEqualTo(409);
        assertThat(body(staleMove).get("code").asText()).isEqualTo("conflict.stale");
        HttpResponse<String> staleEdit = as("sales1").putJson("/api/opportunities/" + id,
                read.toString().replace("\"amount\":\"1000.00\"", "\"amount\":\"2000\""));
        assertThat(staleEdit.statusCode()).as(staleEdit.body()).isEqualTo(409);
        assertThat(get("sales1", id).get("stage").asText()).isEqualTo("NEEDS_ANALYSIS");
        assertThat(new BigDecimal(get("sales1", id).get("amount").asText())).isEqualByComparingTo("1000");
    }

    @Test
    void bad_input_gets_field_errors() {
        long customerId = customer("sales1", "Bad " + token());
        HttpResponse<String> refused = as("sales1").postJson("/api/opportunities", """
                {"customerId":%d,"name":" ","amount":"-5","probability":120,"currency":"yuan"}"""
                .formatted(customerId));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused).get("errors").findValuesAsText("field"))
                .contains("name", "amount", "probability", "currency");
    }

    @Test
    void the_pipeline_sums_count_amount_and_weighted_amount_per_stage() {
        String token = token();
        long customerId = customer("sales2", "Pipeline " + token);
        open("sales2", customerId, "A " + token, "100000", null);
        open("sales2", customerId, "B " + token, "50000", null);
        JsonNode c = open("sales2", customerId, "C " + token, "40000", null);
        assertThat(move("sales2", c, "NEGOTIATION", "").statusCode()).isEqualTo(200);

        HttpResponse<String> response = as("sales2").get("/api/opportunities/pipeline?customerId=" + customerId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode pipeline = body(response);
        assertThat(pipeline.get("stages")).hasSize(6);
        JsonNode qualification = pipeline.get("stages").get(0);
        assertThat(qualification.get("stage").asText()).isEqualTo("QUALIFICATION");
        assertThat(qualification.get("count").asLong()).isEqualTo(2);
        assertThat(new BigDecimal(qualification.get("amount").asText())).isEqualByComparingTo("150000");
        assertThat(new BigDecimal(qualification.get("weightedAmount").asText())).isEqualByComparingTo("15000");
        JsonNode negotiation = pipeline.get("stages").get(3);
        assertThat(negotiation.get("stage").asText()).isEqualTo("NEGOTIATION");
        assertThat(new BigDecimal(negotiation.get("weightedAmount").asText())).isEqualByComparingTo("30000");
        assertThat(pipeline.get("openCount").asLong()).isEqualTo(3);
        assertThat(new BigDecimal(pipeline.get("openWeightedAmount").asText())).isEqualByComparingTo("45000");

        // Outside the scope, nothing is counted.
        JsonNode others = body(as("sales3").get("/api/opportunities/pipeline?customerId=" + customerId));
        assertThat(others.get("openCount").asLong()).isZero();
    }

    @Test
    void a_contact_record_moves_the_follow_up_times_of_the_named_or_all_open_opportunities() {
        String token = token();
        long customerId = customer("sales1", "Follow " + token);
        JsonNode first = open("sales1", customerId, "First " + token, "1000", null);
        JsonNode second = open("sales1", customerId, "Second " + token, "1000", null);
        LocalDate next = LocalDate.now().plusDays(7);

        HttpResponse<String> named = as("sales1").postJson("/api/customers/" + customerId + "/contact-records", """
                {"channel":"CALL","summary":"Discussed the spindle spec","nextFollowUpAt":"%s","opportunityId":%d}"""
                .formatted(next, first.get("id").asLong()));
        assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
        assertThat(body(named).get("opportunityId").asLong()).isEqualTo(first.get("id").asLong());
        JsonNode firstNow = get("sales1", first.get("id").asLong());
        assertThat(firstNow.get("lastFollowUpAt").isNull()).isFalse();
        assertThat(firstNow.get("nextFollowUpAt").asText()).isEqualTo(next.toString());
        assertThat(firstNow.get("version").asLong()).isEqualTo(first.get("version").asLong());
        assertThat(get("sales1", second.get("id").asLong()).get("lastFollowUpAt").isNull()).isTrue();

        HttpResponse<String> general = as("sales1").postJson("/api/customers/" + customerId + "/contact-records",
                "{\"channel\":\"VISIT\",\"summary\":\"Factory visit\"}");
        assertThat(general.statusCode()).as(general.body()).isEqualTo(201);
        assertThat(get("sales1", second.get("id").asLong()).get("lastFollowUpAt").isNull()).isFalse();

        long otherCustomer = customer("sales1", "Other " + token);
        HttpResponse<String> wrong = as("sales1").postJson("/api/customers/" + otherCustomer + "/contact-records",
                "{\"channel\":\"CALL\",\"summary\":\"Wrong one\",\"opportunityId\":%d}".formatted(
                        first.get("id").asLong()));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(body(wrong).get("errors").findValuesAsText("field")).containsExactly("opportunityId");
        assertThat(body(as("sales1").get("/api/customers/" + otherCustomer + "/contact-records"))).isEmpty();
    }
}
