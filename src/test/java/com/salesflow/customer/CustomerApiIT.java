package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Customers through the REST API, with the real users, data scope and database. */
@IntegrationTest
class CustomerApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private Http as(String username) {
        return Http.basic(port, username, "demo");
    }

    private static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private JsonNode createCustomer(String username, String name, String extraJson) {
        HttpResponse<String> response = as(username).postJson("/api/customers", """
                {"type":"COMPANY","name":"%s","phone":"+86 138 0013 %04d","email":"info@%s.example.com",
                 "industry":"Manufacturing","region":"Shanghai","source":"REFERRAL","grade":"ORDINARY",
                 "lifecycle":"PROSPECT"%s}""".formatted(name, (int) (System.nanoTime() % 10000),
                Long.toString(System.nanoTime(), 36), extraJson));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return body(response);
    }

    private List<String> names(HttpResponse<String> list) {
        List<String> names = new ArrayList<>();
        body(list).get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    @Test
    void each_role_sees_exactly_its_scope_and_a_customer_outside_it_is_404() {
        String eastName = unique("East Machinery 华东机械");
        String westName = unique("West Foods 西部食品");
        long east = createCustomer("sales1", eastName, "").get("id").asLong();
        long west = createCustomer("sales3", westName, "").get("id").asLong();

        assertThat(as("sales1").get("/api/customers/" + east).statusCode()).isEqualTo(200);
        assertThat(as("sales1").get("/api/customers/" + west).statusCode()).isEqualTo(404);
        assertThat(as("sales3").get("/api/customers/" + east).statusCode()).isEqualTo(404);
        assertThat(as("sales2").get("/api/customers/" + east).statusCode()).isEqualTo(404);
        assertThat(as("supervisor").get("/api/customers/" + east).statusCode()).isEqualTo(200);
        assertThat(as("supervisor").get("/api/customers/" + west).statusCode()).isEqualTo(404);
        assertThat(as("supervisor2").get("/api/customers/" + west).statusCode()).isEqualTo(200);
        assertThat(as("director").get("/api/customers/" + west).statusCode()).isEqualTo(200);
        assertThat(as("finance").get("/api/customers/" + east).statusCode()).isEqualTo(200);
        assertThat(as("designer").get("/api/customers/" + east).statusCode()).isEqualTo(404);

        String both = "?q=" + java.net.URLEncoder.encode(eastName.split(" ")[0], java.nio.charset.StandardCharsets.UTF_8);
        assertThat(names(as("sales1").get("/api/customers?q=" + eastName.substring(eastName.lastIndexOf(' ') + 1))))
                .containsExactly(eastName);
        assertThat(names(as("sales3").get("/api/customers?q=" + eastName.substring(eastName.lastIndexOf(' ') + 1))))
                .isEmpty();
        assertThat(body(as("sales1").get("/api/customers" + both)).get("total").asLong()).isPositive();
        assertThat(as("sales3").get("/api/customers/" + east + "/contact-records").statusCode()).isEqualTo(404);
        assertThat(as("sales3").postJson("/api/customers/" + east + "/contact-records",
                "{\"channel\":\"CALL\",\"summary\":\"sneaky\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void search_finds_a_customer_by_any_part_of_its_chinese_name_its_phone_its_email_and_follows_a_rename() {
        String token = "t" + Long.toString(System.nanoTime(), 36);
        String phone = "%08d".formatted(System.nanoTime() % 100_000_000);
        HttpResponse<String> response = as("sales1").postJson("/api/customers", """
                {"type":"COMPANY","name":"西湖龙井茶业有限公司 %s","phone":"+86 139 %s","email":"info@%s.example.cn",
                 "source":"REFERRAL","grade":"ORDINARY","lifecycle":"PROSPECT"}""".formatted(token, phone, token));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = body(response);
        String name = created.get("name").asText();

        assertThat(names(as("sales1").get("/api/customers?q=" + encode("龙井 " + token)))).containsExactly(name);
        assertThat(names(as("sales1").get("/api/customers?q=" + encode("西湖龙井茶业有限公司 " + token))))
                .containsExactly(name);
        assertThat(names(as("sales1").get("/api/customers?q=" + encode(token.toUpperCase())))).containsExactly(name);
        assertThat(names(as("sales1").get("/api/customers?q=" + phone.substring(4)))).contains(name);
        assertThat(names(as("sales1").get("/api/customers?q=" + encode("139 " + phone)))).containsExactly(name);
        assertThat(names(as("sales1").get("/api/customers?q=" + encode("info@" + token)))).containsExactly(name);
        assertThat(names(as("sales1").get("/api/customers?q=" + encode("乌龙 " + token)))).isEmpty();
        assertThat(body(as("sales1").get("/api/customers?q=" + encode("龙井 " + token))).get("totalCapped")
                .asBoolean()).isFalse();
        assertThat(names(as("sales1").get("/api/customers?q=" + encode("100%_ " + token)))).isEmpty();

        String renamed = created.toString().replace("西湖龙井茶业", "黄山毛峰茶业");
        assertThat(as("sales1").putJson("/api/customers/" + created.get("id").asLong(), renamed).statusCode())
                .isEqualTo(200);
        assertThat(names(as("sales1").get("/api/customers?q=" + encode("龙井 " + token)))).isEmpty();
        assertThat(names(as("sales1").get("/api/customers?q=" + encode("毛峰 " + token)))).hasSize(1);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void bad_input_answers_400_with_every_wrong_field_and_creates_nothing() {
        String name = unique("Bad Input Ltd");
        HttpResponse<String> response = as("sales1").postJson("/api/customers", """
                {"type":"COMPANY","name":" ","phone":"call me","email":"no-at-sign","source":"REFERRAL",
                 "grade":"ORDINARY","lifecycle":"PROSPECT","paymentTermDays":999,"creditLimit":-5}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        List<String> fields = new ArrayList<>();
        body(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("name", "phone", "email", "paymentTermDays", "creditLimit");
        assertThat(names(as("director").get("/api/customers?q=" + name.substring(name.lastIndexOf(' ') + 1))))
                .isEmpty();
    }

    @Test
    void a_stale_version_answers_409_and_keeps_the_first_edit() {
        JsonNode created = createCustomer("sales1", unique("Version Test"), "");
        long id = created.get("id").asLong();
        String first = created.toString().replace("\"Manufacturing\"", "\"Electronics\"");
        String second = created.toString().replace("\"Manufacturing\"", "\"Textiles\"");

        assertThat(Http.basic(port, "sales1", "demo").putJson("/api/customers/" + id, first).statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = Http.basic(port, "supervisor", "demo").putJson("/api/customers/" + id, second);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"status\":409");
        assertThat(body(stale).get("code").asText()).isEqualTo("conflict.stale");
        assertThat(body(stale).get("detail").asText()).startsWith("Someone else changed this customer");
        assertThat(body(as("sales1").get("/api/customers/" + id)).get("industry").asText()).isEqualTo("Electronics");
    }

    @Test
    void a_contact_record_moves_the_customers_follow_up_times() {
        long id = createCustomer("sales1", unique("Follow Up Co"), "").get("id").asLong();
        String next = LocalDate.now().plusDays(7).toString();

        HttpResponse<String> contact = as("sales1").postJson("/api/customers/" + id + "/contacts",
                "{\"name\":\"Zhou Ming 周明\",\"title\":\"Purchasing manager\",\"phone\":\"021-6543 2100\"}");
        assertThat(contact.statusCode()).isEqualTo(201);
        long contactId = body(contact).get("id").asLong();
        HttpResponse<String> record = as("sales1").postJson("/api/customers/" + id + "/contact-records", """
                {"channel":"CALL","contactId":%d,"summary":"Discussed the annual order","outcome":"Wants a quote",
                 "objectionType":"PRICE","objectionHandling":"Offered volume tiers","nextFollowUpAt":"%s"}"""
                .formatted(contactId, next));

        assertThat(record.statusCode()).as(record.body()).isEqualTo(201);
        JsonNode customer = body(as("sales1").get("/api/customers/" + id));
        assertThat(customer.get("nextFollowUpAt").asText()).isEqualTo(next);
        assertThat(customer.get("lastFollowUpAt").isNull()).isFalse();
        JsonNode timeline = body(as("sales1").get("/api/customers/" + id + "/contact-records"));
        assertThat(timeline.get(0).get("objectionType").asText()).isEqualTo("PRICE");
        assertThat(timeline.get(0).get("author").asText()).isEqualTo("sales1");
        assertThat(names(as("sales1").get("/api/customers?q=" + "Zhou%20Ming"))).isNotEmpty();
    }

    @Test
    void a_released_customer_goes_to_the_pool_and_its_previous_owner_cannot_claim_it_back_at_once() {
        long id = createCustomer("sales1", unique("Pool Cycle"), "").get("id").asLong();

        HttpResponse<String> released = as("sales1").postJson("/api/customers/" + id + "/release",
                "{\"comment\":\"No budget this year\"}");
        assertThat(released.statusCode()).isEqualTo(200);
        assertThat(body(released).get("owner").isNull()).isTrue();
        assertThat(as("sales3").get("/api/pool?size=200&sort=-createdAt").body()).contains("\"id\":" + id + ",");

        HttpResponse<String> reclaim = as("sales1").postJson("/api/pool/" + id + "/claim", "");
        assertThat(reclaim.statusCode()).isEqualTo(409);
        assertThat(reclaim.body()).contains("claim it again from");
        assertThat(body(reclaim).get("code").asText()).isEqualTo("pool.reclaimBlocked");

        HttpResponse<String> claimed = as("sales2").postJson("/api/pool/" + id + "/claim", "");
        assertThat(claimed.statusCode()).isEqualTo(200);
        assertThat(body(claimed).get("owner").asText()).isEqualTo("sales2");
        assertThat(as("sales2").postJson("/api/pool/" + id + "/claim", "").statusCode()).isEqualTo(409);

        List<String> reasons = new ArrayList<>();
        body(as("supervisor").get("/api/customers/" + id + "/ownership-history"))
                .forEach(change -> reasons.add(change.get("reason").asText()));
        assertThat(reasons).containsExactly("CREATED", "RELEASED", "CLAIMED");
    }

    @Test
    void claims_from_the_pool_are_limited_per_day() {
        List<Long> pooled = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pooled.add(createCustomer("director", unique("Pooled " + i), "").get("id").asLong());
        }
        assertThat(body(as("director").get("/api/customers/" + pooled.get(0))).get("owner").isNull()).isTrue();

        for (int i = 0; i < 5; i++) {
            assertThat(as("sales3").postJson("/api/pool/" + pooled.get(i) + "/claim", "").statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> sixth = as("sales3").postJson("/api/pool/" + pooled.get(5) + "/claim", "");

        assertThat(sixth.statusCode()).isEqualTo(409);
        assertThat(sixth.body()).contains("daily limit");
        assertThat(body(sixth).get("code").asText()).isEqualTo("pool.claimsPerDay");
        assertThat(body(as("director").get("/api/customers/" + pooled.get(5))).get("owner").isNull()).isTrue();
    }

    @Test
    void a_supervisor_reassigns_within_the_team_with_a_reason_and_a_salesperson_cannot() {
        long id = createCustomer("sales1", unique("Reassign Me"), "").get("id").asLong();

        assertThat(as("sales1").putJson("/api/customers/" + id + "/owner",
                "{\"owner\":\"sales2\",\"comment\":\"holiday\"}").statusCode()).isEqualTo(403);
        assertThat(as("supervisor").putJson("/api/customers/" + id + "/owner",
                "{\"owner\":\"sales3\",\"comment\":\"other region\"}").statusCode()).isEqualTo(400);
        assertThat(as("supervisor").putJson("/api/customers/" + id + "/owner",
                "{\"owner\":\"sales2\"}").statusCode()).isEqualTo(400);

        HttpResponse<String> moved = as("supervisor").putJson("/api/customers/" + id + "/owner",
                "{\"owner\":\"sales2\",\"comment\":\"sales1 is on leave for a month\"}");

        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(as("sales1").get("/api/customers/" + id).statusCode()).isEqualTo(404);
        assertThat(as("sales2").get("/api/customers/" + id).statusCode()).isEqualTo(200);
        JsonNode last = body(as("sales2").get("/api/customers/" + id + "/ownership-history")).get(1);
        assertThat(last.get("fromOwner").asText()).isEqualTo("sales1");
        assertThat(last.get("changedBy").asText()).isEqualTo("supervisor");
        assertThat(last.get("comment").asText()).contains("leave");
    }

    @Test
    void an_unknown_sort_property_is_a_400_not_a_server_error() {
        assertThat(as("sales1").get("/api/customers?sort=password").statusCode()).isEqualTo(400);
    }
}
