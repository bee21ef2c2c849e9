package com.salesflow.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Catalogue import through {@code /api/imports?kind=products}: good rows create products or update the one with
 * their code, bad rows are reported with row and field and change nothing; English or Chinese headers.
 */
@IntegrationTest
class ProductImportIT {

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

    private JsonNode finished(Http http, HttpResponse<String> started) throws InterruptedException {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode job = body(http.get(location));
            if (!"RUNNING".equals(job.get("status").asText()) || System.currentTimeMillis() > deadline) {
                return job;
            }
            Thread.sleep(100);
        }
    }

    private static List<String> rejected(JsonNode job) {
        List<String> rows = new ArrayList<>();
        job.get("rejections").forEach(r -> rows.add(r.get("row").asInt() + ":" + r.get("field").asText()));
        return rows;
    }

    /** The products whose code starts with the marker, by code. */
    private JsonNode products(String marker) {
        return body(as("admin").get("/api/products?size=100&q=" + marker)).get("items");
    }

    private static String marker() {
        return "I" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    @Test
    void good_rows_create_or_update_products_by_code_and_bad_rows_are_reported_and_change_nothing()
            throws Exception {
        String m = marker();
        JsonNode existing = body(as("admin").postJson("/api/products", """
                {"code":"%s-0","nameEn":"Old name","nameZh":"旧名称","unit":"台","listPrice":"100","cost":"60"}"""
                .formatted(m)));
        String csv = "\uFEFFcode,nameEn,nameZh,unit,listPrice,cost,taxRate,currency,active\n"
                + m + "-1,Gear pump,齿轮泵,台,\"1,200.50\",800,13%,,\n"
                + m.toLowerCase(Locale.ROOT) + "-2,Installation,安装服务,次,800,400,0.06,CNY,false\n"
                + ",No code,无编码,台,1,1,,,\n"
                + m + "-3,Bad price,坏价格,台,abc,1,,,\n"
                + m + "-4,Negative,负数,台,-1,1,,,\n"
                + m + "-5,Tax,税率,台,1,1,130%,,\n"
                + m + "-6,,缺英文,台,1,1,,,\n"
                + m + "-7,Bad active,状态,台,1,1,,,maybe\n"
                + m + "-8,Currency,币种,台,1,1,,QQQ,\n"
                + m + "-0,New name,新名称,套,110.00,65,,,\n";

        JsonNode job = finished(as("admin"), as("admin").postFile("/api/imports?kind=products", "file",
                "catalogue.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(job.get("kind").asText()).isEqualTo("PRODUCTS");
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("totalRows").asInt()).isEqualTo(10);
        assertThat(job.get("importedRows").asInt()).isEqualTo(3);
        assertThat(rejected(job)).containsExactly("4:code", "5:listPrice", "6:listPrice", "7:taxRate", "8:nameEn",
                "9:active", "10:currency");

        JsonNode products = products(m);
        assertThat(products).hasSize(3);
        JsonNode updated = products.get(0);
        assertThat(updated.get("id").asLong()).as("the row with an existing code updates it")
                .isEqualTo(existing.get("id").asLong());
        assertThat(updated.get("nameZh").asText()).isEqualTo("新名称");
        assertThat(updated.get("unit").asText()).isEqualTo("套");
        assertThat(updated.get("listPrice").asText()).isEqualTo("110.00");
        assertThat(updated.get("version").asLong()).isEqualTo(existing.get("version").asLong() + 1);
        JsonNode pump = products.get(1);
        assertThat(pump.get("code").asText()).isEqualTo(m + "-1");
        assertThat(pump.get("listPrice").asText()).isEqualTo("1200.50");
        assertThat(pump.get("taxRate").asText()).isEqualTo("0.1300");
        assertThat(pump.get("active").asBoolean()).isTrue();
        JsonNode service = products.get(2);
        assertThat(service.get("code").asText()).isEqualTo(m + "-2");
        assertThat(service.get("taxRate").asText()).isEqualTo("0.0600");
        assertThat(service.get("active").asBoolean()).isFalse();

        String report = as("admin").get("/api/imports/" + job.get("id").asLong() + "/rejections").body();
        assertThat(report).startsWith("row,field,reason").contains("5,listPrice,");
    }

    @Test
    void chinese_headers_are_read_like_the_english_ones() throws Exception {
        String m = marker();
        String csv = "产品编码,英文名称,中文名称,单位,标准价,成本,税率,币种,启用\n"
                + m + "-1,Cooling tower,冷却塔,台,45000,31000,13%,CNY,是\n"
                + m + "-2,Hoist,电动葫芦,台,,5200,,,\n";

        JsonNode job = finished(as("admin"), as("admin").postFile("/api/imports?kind=products", "file",
                "产品.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("importedRows").asInt()).isEqualTo(1);
        assertThat(rejected(job)).containsExactly("3:listPrice");
        JsonNode products = products(m);
        assertThat(products).hasSize(1);
        assertThat(products.get(0).get("nameZh").asText()).isEqualTo("冷却塔");
        assertThat(products.get(0).get("listPrice").asText()).isEqualTo("45000.00");
    }

    @Test
    void only_administrators_import_products_and_the_template_has_the_catalogue_columns() throws Exception {
        byte[] csv = "code,nameEn,nameZh,unit,listPrice,cost\nX-1,X,X,台,1,1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(as("sales1").postFile("/api/imports?kind=products", "file", "p.csv", csv).statusCode())
                .isEqualTo(403);
        assertThat(as("director").postFile("/api/imports?kind=products", "file", "p.csv", csv).statusCode())
                .isEqualTo(403);

        String columns = "code,nameEn,nameZh,unit,listPrice,cost,taxRate,currency,active";
        HttpResponse<String> template = as("admin").get("/api/imports/template?kind=products&format=csv");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()).startsWith("\uFEFF" + columns + "\r\n");
        byte[] xlsx = as("admin").getBytes("/api/imports/template?kind=products&format=xlsx").body();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(2);
            assertThat(String.join(",", all.get(0).stream().map(Cell::getText).toList())).isEqualTo(columns);
        }
    }
}
