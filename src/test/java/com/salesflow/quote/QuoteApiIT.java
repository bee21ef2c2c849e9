package com.salesflow.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/quotes} end to end with the demo users: a draft priced on the server, field errors with nothing saved,
 * submit into the approval process, separation of duties through {@code /api/tasks} and {@code /engine-rest}, the
 * supervisor and director approving in the task list, the PDF, and the customer's answer.
 */
@IntegrationTest
class QuoteApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    org.camunda.bpm.engine.TaskService engineTasks;

    private long productId;
    private long priceListId;

    private Http as(String username) {
        return Http.basic(port, username, "demo");
    }

    private static String token() {
        return Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return body(response);
    }

    @BeforeEach
    void catalogue() {
        String code = "QAPI-" + token();
        productId = ok(as("admin").postJson("/api/products", """
                {"code":"%s","nameEn":"API test valve %s","nameZh":"接口测试阀门 %s","unit":"pc","listPrice":"2000.00",
                 "cost":"1200.00","taxRate":"0.13","currency":"CNY"}""".formatted(code, code, code)), 201)
                .get("id").asLong();
        priceListId = ok(as("admin").postJson("/api/price-lists", """
                {"name":"Quote API %s","currency":"CNY","validFrom":"%s"}""".formatted(code,
                LocalDate.now().minusDays(1))), 201).get("id").asLong();
        HttpResponse<String> item = as("admin").postJson("/api/price-lists/" + priceListId + "/items",
                "{\"productId\":%d,\"unitPrice\":\"2000.00\"}".formatted(productId));
        assertThat(item.statusCode()).as(item.body()).isBetween(200, 201);
    }

    /** An opportunity of sales1 at a new customer of theirs. */
    private long opportunity() {
        long customerId = ok(as("sales1").postJson("/api/customers", """
                {"type":"COMPANY","name":"上海报价测试机械有限公司 %s","phone":"+86 137 %08d","email":"buy@%s.example.cn",
                 "source":"REFERRAL","grade":"ORDINARY","lifecycle":"PROSPECT"}""".formatted(token(),
                System.nanoTime() % 100_000_000, token().toLowerCase())), 201).get("id").asLong();
        return ok(as("sales1").postJson("/api/opportunities", """
                {"customerId":%d,"name":"Valves %s","amount":"50000"}""".formatted(customerId, token())), 201)
                .get("id").asLong();
    }

    private JsonNode draft(long opportunityId, String discount) {
        return ok(as("sales1").postJson("/api/quotes", """
                {"opportunityId":%d,"priceListId":%d,"lines":[{"productId":%d,"quantity":"20","discountPercent":"%s"}],
                 "headerDiscountPercent":"0","paymentTermsDays":30,"terms":"FOB Shanghai"}"""
                .formatted(opportunityId, priceListId, productId, discount)), 201);
    }

    private JsonNode submit(JsonNode quote) {
        return ok(as("sales1").postJson("/api/quotes/" + quote.get("summary").get("id").asLong() + "/submit",
                "{\"version\":%d}".formatted(quote.get("summary").get("version").asLong())), 200);
    }

    /** The open task of the quote's process that {@code user} sees in their list {@code list}, by name. */
    private String taskOf(String user, String list, String number) {
        JsonNode page = ok(as(user).get("/api/tasks?list=" + list.toLowerCase() + "&q=" + number + "&size=50"), 200);
        for (JsonNode task : page.get("items")) {
            if (number.equals(task.path("businessKey").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no task of " + number + " in " + list + ": " + page);
    }

    @Test
    void a_draft_is_priced_on_the_server_and_bad_lines_are_field_errors_with_nothing_saved() {
        long opportunityId = opportunity();
        JsonNode quote = draft(opportunityId, "10");

        assertThat(quote.get("summary").get("status").asText()).isEqualTo("DRAFT");
        assertThat(quote.get("summary").get("number").asText()).matches("QT-\\d{4}-\\d{5}");
        assertThat(quote.get("language").asText()).as("a Chinese name means a Chinese quote").isEqualTo("zh-CN");
        assertThat(quote.get("totals").get("net").asText()).isEqualTo("36000.00");
        assertThat(quote.get("totals").get("tax").asText()).isEqualTo("4680.00");
        assertThat(quote.get("totals").get("total").asText()).isEqualTo("40680.00");
        assertThat(quote.get("totals").get("margin").isNull()).as("salespeople see no margin").isTrue();
        assertThat(quote.get("lines").get(0).get("unitCost").isNull()).isTrue();
        assertThat(ok(as("supervisor").get("/api/quotes/" + quote.get("summary").get("id").asLong()), 200)
                .get("totals").get("margin").asText()).isEqualTo("12000.00");
        assertThat(ok(as("sales1").get("/api/opportunities/" + opportunityId), 200).get("stage").asText())
                .isEqualTo("PROPOSAL");

        long id = quote.get("summary").get("id").asLong();
        HttpResponse<String> bad = as("sales1").putJson("/api/quotes/" + id, """
                {"priceListId":%d,"lines":[{"productId":%d,"quantity":"-1","discountPercent":"0"},
                 {"productId":%d,"quantity":"1","discountPercent":"101"},{"productId":999999999,"quantity":"1"}],
                 "version":%d}""".formatted(priceListId, productId, productId,
                quote.get("summary").get("version").asLong()));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        body(bad).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).contains("lines[2].productId");
        JsonNode unchanged = ok(as("sales1").get("/api/quotes/" + id), 200);
        assertThat(unchanged.get("lines")).hasSize(1);
        assertThat(unchanged.get("summary").get("version").asLong())
                .isEqualTo(quote.get("summary").get("version").asLong());

        HttpResponse<String> quantities = as("sales1").putJson("/api/quotes/" + id, """
                {"priceListId":%d,"lines":[{"productId":%d,"quantity":"0","discountPercent":"0"},
                 {"productId":%d,"quantity":"1","discountPercent":"101"}],"version":%d}""".formatted(priceListId,
                productId, productId, quote.get("summary").get("version").asLong()));
        List<String> quantityFields = new ArrayList<>();
        body(quantities).get("errors").forEach(error -> quantityFields.add(error.get("field").asText()));
        assertThat(quantityFields).containsExactlyInAnyOrder("lines[0].quantity", "lines[1].discountPercent");

        assertThat(as("sales3").get("/api/quotes/" + id).statusCode()).as("outside the scope").isEqualTo(404);
        assertThat(as("sales1").get("/api/quotes/" + id + "/pdf").statusCode()).as("not approved").isEqualTo(409);
    }

    @Test
    void sales1_submits_25_percent_supervisor_and_director_approve_and_nobody_approves_out_of_turn() {
        JsonNode quote = submit(draft(opportunity(), "25"));
        long id = quote.get("summary").get("id").asLong();
        String number = quote.get("summary").get("number").asText();
        assertThat(quote.get("summary").get("status").asText()).isEqualTo("PENDING_APPROVAL");

        String supervisorTask = taskOf("supervisor", "MINE", number);
        // The owner cannot decide through our API or the engine's, nor can another team's supervisor.
        assertThat(as("sales1").postJson("/api/tasks/" + supervisorTask + "/complete", "{\"decision\":\"APPROVE\"}")
                .statusCode()).isIn(403, 404);
        assertThat(as("sales1").postJson("/engine-rest/task/" + supervisorTask + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}").statusCode()).isIn(403, 404);
        assertThat(as("supervisor2").postJson("/engine-rest/task/" + supervisorTask + "/claim",
                "{\"userId\":\"supervisor2\"}").statusCode()).isIn(403, 404);
        assertThat(ok(as("sales1").get("/api/quotes/" + id), 200).get("summary").get("status").asText())
                .isEqualTo("PENDING_APPROVAL");

        HttpResponse<String> noComment = as("supervisor").postJson("/api/tasks/" + supervisorTask + "/complete",
                "{\"decision\":\"REJECT\"}");
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("comment");
        assertThat(as("supervisor").postJson("/api/tasks/" + supervisorTask + "/complete",
                "{\"decision\":\"APPROVE\",\"comment\":\"Strategic account\"}").statusCode()).isEqualTo(204);

        String directorTask = taskOf("director", "GROUP", number);
        ok(as("director").postJson("/api/tasks/" + directorTask + "/claim", "{}"), 200);
        assertThat(as("director").postJson("/api/tasks/" + directorTask + "/complete", "{\"decision\":\"APPROVE\"}")
                .statusCode()).isEqualTo(204);

        JsonNode approved = ok(as("sales1").get("/api/quotes/" + id), 200);
        assertThat(approved.get("summary").get("status").asText()).isEqualTo("APPROVED");
        List<String> trail = new ArrayList<>();
        approved.get("trail").forEach(e -> trail.add(e.get("action").asText() + ":" + e.path("level").asText()
                + ":" + e.path("actor").asText()));
        assertThat(trail).contains("APPROVED:SUPERVISOR:supervisor", "APPROVED:DIRECTOR:director");

        HttpResponse<byte[]> pdf = as("sales1").getBytes("/api/quotes/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        HttpResponse<String> mail = as("sales1").postJson("/api/quotes/" + id + "/send",
                "{\"method\":\"MAIL\",\"email\":\"buyer@example.cn\"}");
        assertThat(mail.statusCode()).as("no mail server here").isEqualTo(400);
        assertThat(body(mail).get("errors").get(0).get("field").asText()).isEqualTo("method");
        assertThat(ok(as("sales1").get("/api/quotes/" + id), 200).get("headerDiscountPercent").asText())
                .isEqualTo("0.000");
        ok(as("sales1").postJson("/api/quotes/" + id + "/send", "{\"method\":\"HANDED\"}"), 200);
        HttpResponse<String> noReason = as("sales1").postJson("/api/quotes/" + id + "/reject", "{\"note\":\"x\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        JsonNode rejected = ok(as("sales1").postJson("/api/quotes/" + id + "/reject",
                "{\"reason\":\"PRICE\",\"note\":\"Too dear\"}"), 200);
        assertThat(rejected.get("summary").get("status").asText()).isEqualTo("REJECTED");
        assertThat(ok(as("sales1").get("/api/opportunities/" + rejected.get("summary").get("opportunityId")
                .asLong()), 200).get("stage").asText()).isEqualTo("LOST");
        assertThat(as("sales1").postJson("/api/quotes/" + id + "/accept", "{}").statusCode()).isEqualTo(409);
    }

    @Test
    void a_director_who_submitted_a_quote_cannot_approve_it_even_through_the_engine() {
        JsonNode draft = draft(opportunity(), "25");
        JsonNode quote = ok(as("director").postJson("/api/quotes/" + draft.get("summary").get("id").asLong()
                + "/submit", "{\"version\":%d}".formatted(draft.get("summary").get("version").asLong())), 200);
        String number = quote.get("summary").get("number").asText();
        assertThat(quote.get("submittedBy").asText()).isEqualTo("director");
        assertThat(as("supervisor").postJson("/api/tasks/" + taskOf("supervisor", "MINE", number) + "/complete",
                "{\"decision\":\"APPROVE\"}").statusCode()).isEqualTo(204);

        org.camunda.bpm.engine.task.Task open = engineTasks.createTaskQuery().processInstanceBusinessKey(number)
                .singleResult();
        assertThat(open.getTaskDefinitionKey()).isEqualTo("approve-director");
        String task = open.getId();
        // The directors group is offered the task, but the engine revokes it for the director who submitted.
        assertThat(as("director").postJson("/engine-rest/task/" + task + "/claim", "{\"userId\":\"director\"}")
                .statusCode()).isEqualTo(403);
        assertThat(as("director").postJson("/engine-rest/task/" + task + "/complete", "{}").statusCode())
                .isEqualTo(403);
        assertThat(as("director").postJson("/api/tasks/" + task + "/claim", "{}").statusCode()).isIn(403, 404);
        assertThat(engineTasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }
}
