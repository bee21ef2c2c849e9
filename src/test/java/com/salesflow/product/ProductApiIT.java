package com.salesflow.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/products} and {@code /api/price-lists}: administrators maintain products, administrators and directors
 * price lists, everyone signed in reads; stale versions are 409, bad input 400 with every field error.
 */
@IntegrationTest
class ProductApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

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

    /** A code no other test run has. */
    private static String code() {
        return "T-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    private static String product(String code, String nameEn, String nameZh, String listPrice) {
        return """
                {"code":"%s","nameEn":"%s","nameZh":"%s","unit":"台","listPrice":"%s","cost":"900.5",\
                "taxRate":0.13}""".formatted(code, nameEn, nameZh, listPrice);
    }

    private JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response);
    }

    private static List<String> fieldErrors(JsonNode problem) {
        List<String> errors = new ArrayList<>();
        problem.get("errors").forEach(error -> errors.add(error.get("field").asText() + ":" + error.get("code")
                .asText()));
        return errors;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void an_administrator_creates_a_product_and_answers_201_with_its_location_and_money_as_decimal_strings() {
        String code = code();
        HttpResponse<String> response = as("admin").postJson("/api/products",
                product(code.toLowerCase(Locale.ROOT), "Gear pump", "齿轮泵", "1200"));

        JsonNode product = created(response);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/products/" + product.get("id").asLong());
        assertThat(product.get("code").asText()).as("codes are stored in capitals").isEqualTo(code);
        assertThat(product.get("listPrice").asText()).isEqualTo("1200.00");
        assertThat(product.get("listPrice").isTextual()).isTrue();
        assertThat(product.get("cost").asText()).isEqualTo("900.50");
        assertThat(product.get("taxRate").asText()).isEqualTo("0.1300");
        assertThat(product.get("currency").asText()).isEqualTo("CNY");
        assertThat(product.get("active").asBoolean()).isTrue();
        assertThat(product.get("createdBy").asText()).isEqualTo("admin");

        JsonNode read = body(as("sales1").get("/api/products/" + product.get("id").asLong()));
        assertThat(read.get("nameZh").asText()).isEqualTo("齿轮泵");
        assertThat(read.get("cost").isNull()).as("salespeople do not see costs").isTrue();
        assertThat(body(as("director").get("/api/products/" + product.get("id").asLong())).get("cost").asText())
                .isEqualTo("900.50");
    }

    @Test
    void an_update_needs_the_current_version_and_a_stale_one_answers_409() {
        JsonNode product = created(as("admin").postJson("/api/products", product(code(), "Gear pump", "齿轮泵",
                "1200")));
        long id = product.get("id").asLong();
        long version = product.get("version").asLong();
        String update = """
                {"code":"%s","nameEn":"Gear pump G2","nameZh":"齿轮泵 G2","unit":"台","listPrice":"1300.00",\
                "cost":"950","taxRate":"0.13","currency":"CNY","version":%d}""";

        HttpResponse<String> first = as("admin").putJson("/api/products/" + id,
                update.formatted(product.get("code").asText(), version));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(body(first).get("listPrice").asText()).isEqualTo("1300.00");
        assertThat(body(first).get("version").asLong()).isEqualTo(version + 1);

        HttpResponse<String> stale = as("admin").putJson("/api/products/" + id,
                update.formatted(product.get("code").asText(), version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(stale).get("code").asText()).isEqualTo("conflict.stale");
        assertThat(body(as("admin").get("/api/products/" + id)).get("nameEn").asText()).isEqualTo("Gear pump G2");
    }

    @Test
    void bad_input_answers_400_with_every_field_error_and_a_taken_code_409() {
        HttpResponse<String> empty = as("admin").postJson("/api/products", "{\"listPrice\":-5,\"taxRate\":1.5}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(fieldErrors(body(empty))).containsExactly("code:product.codeRequired", "nameEn:product.nameEn",
                "nameZh:product.nameZh", "unit:product.unit", "listPrice:price.negative", "cost:price.required",
                "taxRate:product.taxRate");
        assertThat(body(empty).get("errors").get(0).get("message").asText()).isNotBlank();

        String code = code();
        created(as("admin").postJson("/api/products", product(code, "Valve", "阀门", "80")));
        HttpResponse<String> twice = as("admin").postJson("/api/products",
                product(code.toLowerCase(Locale.ROOT), "Other valve", "另一个阀门", "90"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(body(twice).get("code").asText()).isEqualTo("product.codeTaken");
    }

    @Test
    void salespeople_read_the_catalogue_but_may_not_change_it() {
        JsonNode product = created(as("admin").postJson("/api/products", product(code(), "Filter", "过滤器", "50")));
        long id = product.get("id").asLong();

        assertThat(as("sales1").postJson("/api/products", product(code(), "Mine", "我的", "1")).statusCode())
                .isEqualTo(403);
        assertThat(as("sales1").putJson("/api/products/" + id, product(product.get("code").asText(), "X", "X", "1")
                .replace("}", ",\"version\":" + product.get("version").asLong() + "}")).statusCode()).isEqualTo(403);
        assertThat(as("sales1").postJson("/api/products/" + id + "/deactivate", "{\"version\":0}").statusCode())
                .isEqualTo(403);
        assertThat(as("director").postJson("/api/products", product(code(), "D", "D", "1")).statusCode())
                .as("directors maintain price lists, not the catalogue").isEqualTo(403);
        assertThat(as("sales1").get("/api/products?q=" + product.get("code").asText()).statusCode()).isEqualTo(200);
        assertThat(Http.anonymous(port).get("/api/products").statusCode()).isEqualTo(401);
    }

    @Test
    void the_list_searches_code_and_both_names_filters_by_active_and_pages() {
        String marker = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        JsonNode first = created(as("admin").postJson("/api/products",
                product("S-" + marker + "-1", "Search pump " + marker, "搜索泵" + marker, "10")));
        created(as("admin").postJson("/api/products",
                product("S-" + marker + "-2", "Search valve " + marker, "搜索阀" + marker, "20")));
        HttpResponse<String> deactivated = as("admin").postJson("/api/products/" + first.get("id").asLong()
                + "/deactivate", "{\"version\":" + first.get("version").asLong() + "}");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(body(deactivated).get("active").asBoolean()).isFalse();

        JsonNode all = body(as("sales1").get("/api/products?q=" + marker.toLowerCase(Locale.ROOT)));
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("code").asText()).as("by code").isEqualTo("S-" + marker + "-1");
        assertThat(body(as("sales1").get("/api/products?q=" + encode("搜索阀" + marker))).get("total").asLong())
                .isEqualTo(1);
        JsonNode active = body(as("sales1").get("/api/products?active=true&q=" + marker));
        assertThat(active.get("total").asLong()).isEqualTo(1);
        assertThat(active.get("items").get(0).get("code").asText()).isEqualTo("S-" + marker + "-2");
        JsonNode paged = body(as("sales1").get("/api/products?size=1&page=1&sort=-code&q=" + marker));
        assertThat(paged.get("page").asInt()).isEqualTo(1);
        assertThat(paged.get("size").asInt()).isEqualTo(1);
        assertThat(paged.get("items").get(0).get("code").asText()).isEqualTo("S-" + marker + "-1");
        assertThat(as("sales1").get("/api/products?sort=cost").statusCode()).isEqualTo(400);
    }

    @Test
    void directors_maintain_price_lists_and_their_items_and_everyone_reads_them() {
        JsonNode product = created(as("admin").postJson("/api/products", product(code(), "Motor", "电机", "1000")));
        long productId = product.get("id").asLong();
        int year = LocalDate.now().getYear();
        String name = "Test list " + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> response = as("director").postJson("/api/price-lists", """
                {"name":"%s","validFrom":"%d-01-01","validTo":"%d-12-31"}""".formatted(name, year, year));
        JsonNode list = created(response);
        long listId = list.get("id").asLong();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/price-lists/" + listId);
        assertThat(list.get("currency").asText()).isEqualTo("CNY");
        assertThat(list.get("status").asText()).isEqualTo("VALID");

        HttpResponse<String> added = as("director").postJson("/api/price-lists/" + listId + "/items",
                "{\"productId\":" + productId + ",\"unitPrice\":\"880\"}");
        JsonNode item = created(added);
        assertThat(added.headers().firstValue("Location"))
                .hasValue("/api/price-lists/" + listId + "/items/" + item.get("id").asLong());
        assertThat(item.get("unitPrice").asText()).isEqualTo("880.00");
        assertThat(item.get("listPrice").asText()).isEqualTo("1000.00");
        HttpResponse<String> again = as("director").postJson("/api/price-lists/" + listId + "/items",
                "{\"productId\":" + productId + ",\"unitPrice\":\"870\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(body(again))).containsExactly("productId:priceList.productListed");

        JsonNode read = body(as("sales1").get("/api/price-lists/" + listId));
        assertThat(read.get("priceList").get("itemCount").asInt()).isEqualTo(1);
        assertThat(read.get("items").get(0).get("code").asText()).isEqualTo(product.get("code").asText());
        JsonNode price = body(as("sales1").get("/api/price-lists/" + listId + "/prices/" + productId));
        assertThat(price.get("unitPrice").asText()).isEqualTo("880.00");
        assertThat(price.get("cost").isNull()).isTrue();
        JsonNode valid = body(as("sales1").get("/api/price-lists?validOn=" + year + "-06-30&q=" + encode(name)));
        assertThat(valid.get("total").asInt()).isEqualTo(1);

        String itemPath = "/api/price-lists/" + listId + "/items/" + item.get("id").asLong();
        HttpResponse<String> changed = as("admin").putJson(itemPath,
                "{\"unitPrice\":\"860.00\",\"version\":" + item.get("version").asLong() + "}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        HttpResponse<String> stale = as("director").putJson(itemPath,
                "{\"unitPrice\":\"850.00\",\"version\":" + item.get("version").asLong() + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(as("sales1").delete(itemPath).statusCode()).isEqualTo(403);
        assertThat(as("director").delete(itemPath).statusCode()).isEqualTo(204);
        assertThat(body(as("sales1").get("/api/price-lists/" + listId)).get("items")).isEmpty();

        assertThat(as("sales1").postJson("/api/price-lists", """
                {"name":"Mine %s","validFrom":"%d-01-01"}""".formatted(name, year)).statusCode()).isEqualTo(403);
        HttpResponse<String> backwards = as("director").putJson("/api/price-lists/" + listId, """
                {"name":"%s","validFrom":"%d-06-01","validTo":"%d-05-31","version":%d}"""
                .formatted(name, year, year, list.get("version").asLong()));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(fieldErrors(body(backwards))).containsExactly("validTo:priceList.validTo");
        HttpResponse<String> sameName = as("admin").postJson("/api/price-lists", """
                {"name":"%s","validFrom":"%d-01-01"}""".formatted(name.toUpperCase(Locale.ROOT), year));
        assertThat(sameName.statusCode()).isEqualTo(409);
        assertThat(body(sameName).get("code").asText()).isEqualTo("priceList.nameTaken");
    }
}
