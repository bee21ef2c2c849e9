package com.salesflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/contracts} end to end with the demo users: a contract drafted from a quote that sales1's customer
 * accepted, in the list and out of another salesperson's scope; field errors; the signed copy refused by type (415)
 * and size (413); the approval steps completed in the task list; signing with a PDF, its download, a delivery, a
 * payment recorded once even when sent twice, and the CSV export.
 */
@IntegrationTest
class ContractApiIT {

    /** Who completes each approval step of contract-approval. */
    private static final Map<String, String> APPROVERS = Map.of("finance-review", "finance", "legal-review", "legal",
            "approve-supervisor", "supervisor", "approve-director", "director");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    TaskService engineTasks;

    @Autowired
    JdbcTemplate jdbc;

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

    private List<String> errorFields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        body(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    @BeforeEach
    void catalogue() {
        String code = "CAPI-" + token();
        productId = ok(as("admin").postJson("/api/products", """
                {"code":"%s","nameEn":"Contract API pump %s","nameZh":"合同接口测试泵 %s","unit":"pc","listPrice":"1500.00",
                 "cost":"700.00","taxRate":"0.13","currency":"CNY"}""".formatted(code, code, code)), 201)
                .get("id").asLong();
        priceListId = ok(as("admin").postJson("/api/price-lists", """
                {"name":"Contract API %s","currency":"CNY","validFrom":"%s"}""".formatted(code,
                LocalDate.now().minusDays(1))), 201).get("id").asLong();
        HttpResponse<String> item = as("admin").postJson("/api/price-lists/" + priceListId + "/items",
                "{\"productId\":%d,\"unitPrice\":\"1500.00\"}".formatted(productId));
        assertThat(item.statusCode()).as(item.body()).isBetween(200, 201);
    }

    /** sales1's customer accepts a quote of 4 pumps without discount (no approval needed): its contract, drafted. */
    private JsonNode contractOfAcceptedQuote() {
        long customerId = ok(as("sales1").postJson("/api/customers", """
                {"type":"COMPANY","name":"杭州合同测试泵业有限公司 %s","phone":"+86 139 %08d","email":"buy@%s.example.cn",
                 "source":"REFERRAL","grade":"ORDINARY","lifecycle":"PROSPECT"}""".formatted(token(),
                System.nanoTime() % 100_000_000, token().toLowerCase())), 201).get("id").asLong();
        long opportunityId = ok(as("sales1").postJson("/api/opportunities", """
                {"customerId":%d,"name":"Pumps %s","amount":"6000"}""".formatted(customerId, token())), 201)
                .get("id").asLong();
        JsonNode draft = ok(as("sales1").postJson("/api/quotes", """
                {"opportunityId":%d,"priceListId":%d,"lines":[{"productId":%d,"quantity":"4","discountPercent":"0"}],
                 "terms":"Delivery within 4 weeks."}""".formatted(opportunityId, priceListId, productId)), 201);
        long quoteId = draft.get("summary").get("id").asLong();
        JsonNode submitted = ok(as("sales1").postJson("/api/quotes/" + quoteId + "/submit",
                "{\"version\":%d}".formatted(draft.get("summary").get("version").asLong())), 200);
        assertThat(submitted.get("summary").get("status").asText()).isEqualTo("APPROVED");
        ok(as("sales1").postJson("/api/quotes/" + quoteId + "/send", "{\"method\":\"HANDED\"}"), 200);
        ok(as("sales1").postJson("/api/quotes/" + quoteId + "/accept", "{}"), 200);

        String quoteNumber = draft.get("summary").get("number").asText();
        JsonNode page = ok(as("sales1").get("/api/contracts?q=" + quoteNumber), 200);
        assertThat(page.get("items")).as("the accepted quote's contract").hasSize(1);
        JsonNode summary = page.get("items").get(0);
        assertThat(summary.get("quoteId").asLong()).isEqualTo(quoteId);
        return ok(as("sales1").get("/api/contracts/" + summary.get("id").asLong()), 200);
    }

    private static long id(JsonNode contract) {
        return contract.get("summary").get("id").asLong();
    }

    private static long version(JsonNode contract) {
        return contract.get("summary").get("version").asLong();
    }

    /** Two instalments that add up to the total: half now as prepayment, the rest in 30 days. */
    private JsonNode planOfTwo(JsonNode contract) {
        BigDecimal total = new BigDecimal(contract.get("summary").get("total").asText());
        BigDecimal first = total.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        return ok(as("sales1").putJson("/api/contracts/" + id(contract) + "/payment-plan", """
                {"instalments":[{"dueDate":"%s","amount":"%s","prepayment":false},
                 {"dueDate":"%s","amount":"%s","prepayment":false}],"version":%d}""".formatted(
                LocalDate.now().plusDays(10), first.toPlainString(), LocalDate.now().plusDays(40),
                total.subtract(first).toPlainString(), version(contract))), 200);
    }

    /** Completes each approval step the process waits at with APPROVE, as its approver, until it waits no more. */
    private JsonNode approveAll(JsonNode contract) {
        String processId = jdbc.queryForObject("select process_instance_id from sf_contract where id = ?",
                String.class, id(contract));
        for (int step = 0; step < 6; step++) {
            JsonNode now = ok(as("sales1").get("/api/contracts/" + id(contract)), 200);
            if (!"IN_APPROVAL".equals(now.get("summary").get("status").asText())) {
                return now;
            }
            List<Task> open = engineTasks.createTaskQuery().processInstanceId(processId).list();
            assertThat(open).as("an approval step of " + now.get("summary").get("number")).hasSize(1);
            Task task = open.get(0);
            String approver = APPROVERS.get(task.getTaskDefinitionKey());
            assertThat(approver).as("who approves " + task.getTaskDefinitionKey()).isNotNull();
            if (task.getAssignee() == null) {
                ok(as(approver).postJson("/api/tasks/" + task.getId() + "/claim", "{}"), 200);
            }
            HttpResponse<String> done = as(approver).postJson("/api/tasks/" + task.getId() + "/complete",
                    "{\"decision\":\"APPROVE\",\"comment\":\"Fine.\"}");
            assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        }
        throw new AssertionError("still in approval after six steps");
    }

    @Test
    void without_login_the_api_answers_401() {
        assertThat(Http.anonymous(port).get("/api/contracts").statusCode()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/api/contracts/1").statusCode()).isEqualTo(401);
    }

    @Test
    void a_contract_is_drafted_from_the_accepted_quote_listed_in_its_owners_scope_and_hidden_from_others() {
        JsonNode contract = contractOfAcceptedQuote();
        assertThat(contract.get("summary").get("number").asText()).matches("HT-\\d{4}-\\d{5}");
        assertThat(contract.get("summary").get("status").asText()).isEqualTo("DRAFT");
        assertThat(contract.get("summary").get("owner").asText()).isEqualTo("sales1");
        assertThat(contract.get("summary").get("total").asText()).isEqualTo("6780.00");
        assertThat(contract.get("lines")).hasSize(1);
        assertThat(contract.get("actions").get("edit").asBoolean()).isTrue();

        JsonNode page = ok(as("sales1").get("/api/contracts?status=DRAFT&status=IN_APPROVAL&size=5&sort=-createdAt"),
                200);
        assertThat(page.has("items") && page.has("page") && page.has("size") && page.has("total")).isTrue();
        assertThat(page.get("size").asInt()).isEqualTo(5);
        assertThat(page.get("total").asLong()).isPositive();
        page.get("items").forEach(item -> assertThat(item.get("status").asText()).isIn("DRAFT", "IN_APPROVAL"));
        assertThat(as("sales1").get("/api/contracts?sort=nonsense").statusCode()).isEqualTo(400);

        assertThat(as("sales3").get("/api/contracts/" + id(contract)).statusCode()).as("outside the scope")
                .isEqualTo(404);
        assertThat(ok(as("sales3").get("/api/contracts?q=" + contract.get("summary").get("number").asText()), 200)
                .get("total").asLong()).isZero();
        assertThat(as("sales3").get("/api/contracts/" + id(contract) + "/signed-copy").statusCode()).isEqualTo(404);
        assertThat(ok(as("supervisor").get("/api/contracts/" + id(contract)), 200).get("summary").get("id").asLong())
                .isEqualTo(id(contract));

        HttpResponse<String> csv = as("sales1").get("/api/contracts/export?format=csv&q="
                + contract.get("summary").get("number").asText());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains(".csv"));
        assertThat(csv.body().lines().toList()).hasSize(2);
        assertThat(csv.body()).contains(contract.get("summary").get("number").asText(), "DRAFT", "6780.00");
        assertThat(as("sales1").get("/api/contracts/export?format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void bad_input_is_a_400_with_the_field_names_and_nothing_is_saved() {
        JsonNode contract = contractOfAcceptedQuote();
        long id = id(contract);

        assertThat(errorFields(as("sales1").putJson("/api/contracts/" + id, """
                {"paymentTermsDays":-5,"terms":"x","lines":[{"position":1,"quantity":"-1","unitPrice":"100"}],
                 "version":%d}""".formatted(version(contract))))).contains("paymentTermsDays", "lines[0].quantity");

        List<String> plan = errorFields(as("sales1").putJson("/api/contracts/" + id + "/payment-plan", """
                {"instalments":[{"dueDate":"%s","amount":"100.00","prepayment":false}],"version":%d}"""
                .formatted(LocalDate.now().plusDays(30), version(contract))));
        assertThat(plan).as("100 is not the total").anySatisfy(field -> assertThat(field).startsWith("instalments"));

        assertThat(errorFields(as("sales1").postJson("/api/contracts/" + id + "/cancel",
                "{\"note\":\"\",\"version\":%d}".formatted(version(contract))))).contains("reason");
        assertThat(errorFields(as("sales1").postFile("/api/contracts/" + id + "/signature?signedOn=yesterday&version="
                + version(contract), "file", "signed.pdf", PDF))).containsExactly("signedOn");

        JsonNode unchanged = ok(as("sales1").get("/api/contracts/" + id), 200);
        assertThat(version(unchanged)).isEqualTo(version(contract));
        assertThat(unchanged.get("summary").get("status").asText()).isEqualTo("DRAFT");
        assertThat(as("sales1").putJson("/api/contracts/" + id, """
                {"paymentTermsDays":30,"version":%d}""".formatted(version(contract) + 7)).statusCode())
                .as("a stale version").isEqualTo(409);
    }

    @Test
    void a_signed_copy_must_be_a_pdf_jpeg_or_png_of_at_most_10_mb() {
        JsonNode contract = contractOfAcceptedQuote();
        String signature = "/api/contracts/" + id(contract) + "/signature?signedOn=" + LocalDate.now() + "&version="
                + version(contract);

        HttpResponse<String> text = as("sales1").postFile(signature, "file", "signed.pdf",
                "I hereby sign.".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).as("a text file named .pdf").isEqualTo(415);
        assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        byte[] large = Arrays.copyOf(PDF, (int) SignedCopy.MAX_BYTES + 1);
        HttpResponse<String> tooLarge = as("sales1").postFile(signature, "file", "signed.pdf", large);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));

        assertThat(ok(as("sales1").get("/api/contracts/" + id(contract)), 200).get("signedCopyName").isNull())
                .isTrue();
    }

    @Test
    void an_approved_contract_is_signed_with_a_pdf_delivered_and_paid_once_per_reference() {
        JsonNode contract = planOfTwo(contractOfAcceptedQuote());
        assertThat(contract.get("instalments")).hasSize(2);
        assertThat(as("sales1").postJson("/api/contracts/" + id(contract) + "/submit?version=" + (version(contract) + 9),
                "").statusCode()).as("stale").isEqualTo(409);
        JsonNode submitted = ok(as("sales1").postJson("/api/contracts/" + id(contract) + "/submit?version="
                + version(contract), ""), 200);
        assertThat(submitted.get("summary").get("status").asText()).isIn("IN_APPROVAL", "APPROVED");

        JsonNode approved = approveAll(submitted);
        assertThat(approved.get("summary").get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("actions").get("sign").asBoolean()).isTrue();
        assertThat(as("sales1").get("/api/contracts/" + id(contract) + "/signed-copy").statusCode()).isIn(404, 409);

        JsonNode signed = ok(as("sales1").postFile("/api/contracts/" + id(contract) + "/signature?signedOn="
                + LocalDate.now() + "&version=" + version(approved), "file", "签署件 signed.pdf", PDF), 200);
        assertThat(signed.get("summary").get("status").asText()).isEqualTo("SIGNED");
        assertThat(signed.get("signedCopyName").asText()).endsWith(".pdf");
        assertThat(signed.get("order").get("number").asText()).isNotBlank();

        HttpResponse<byte[]> copy = as("sales1").getBytes("/api/contracts/" + id(contract) + "/signed-copy");
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(copy.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment").contains(".pdf"));
        assertThat(copy.body()).isEqualTo(PDF);
        assertThat(as("sales3").getBytes("/api/contracts/" + id(contract) + "/signed-copy").statusCode())
                .isEqualTo(404);

        JsonNode delivered = ok(as("sales1").postJson("/api/contracts/" + id(contract) + "/deliveries", """
                {"deliveredOn":"%s","lines":[{"position":1,"quantity":"1"}],"note":"First pallet"}"""
                .formatted(LocalDate.now())), 201);
        assertThat(new BigDecimal(delivered.get("lines").get(0).get("delivered").asText())).isEqualByComparingTo("1");
        assertThat(errorFields(as("sales1").postJson("/api/contracts/" + id(contract) + "/deliveries", """
                {"deliveredOn":"%s","lines":[{"position":1,"quantity":"9"}]}""".formatted(LocalDate.now()))))
                .contains("lines[0].quantity");

        long instalmentId = delivered.get("instalments").get(0).get("id").asLong();
        String reference = "BANK-" + token();
        String payment = """
                {"instalmentId":%d,"amount":"100.00","receivedOn":"%s","reference":"%s"}"""
                .formatted(instalmentId, LocalDate.now(), reference);
        JsonNode paid = ok(as("finance").postJson("/api/contracts/" + id(contract) + "/payments", payment), 201);
        assertThat(paid.get("payments")).hasSize(1);
        JsonNode replayed = ok(as("finance").postJson("/api/contracts/" + id(contract) + "/payments", payment), 200);
        assertThat(replayed.get("payments")).as("the same reference is recorded once").hasSize(1);
        assertThat(new BigDecimal(replayed.get("summary").get("outstanding").asText()))
                .isEqualByComparingTo(new BigDecimal(signed.get("summary").get("total").asText())
                        .subtract(new BigDecimal("100.00")));
        assertThat(errorFields(as("finance").postJson("/api/contracts/" + id(contract) + "/payments", """
                {"instalmentId":%d,"amount":"999999.00","receivedOn":"%s","reference":"%s"}"""
                .formatted(instalmentId, LocalDate.now(), "BANK-" + token())))).contains("amount");
    }
}
