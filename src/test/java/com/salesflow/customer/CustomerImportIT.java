package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CustomerImportIT {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private JsonNode parse(String body) throws Exception {
        return json.readTree(body);
    }

    /** Polls the job as the browser's progress bar does, until it is no longer running. */
    private JsonNode finished(Http http, String location) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode job = parse(http.get(location).body());
            if (!"RUNNING".equals(job.get("status").asText()) || System.currentTimeMillis() > deadline) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void good_rows_are_imported_and_bad_or_duplicate_rows_are_rejected_whole_with_row_field_and_reason()
            throws Exception {
        String m = Long.toString(System.nanoTime(), 36);
        Http sales1 = Http.basic(port, "sales1", "demo");
        HttpResponse<String> existing = sales1.postJson("/api/customers", """
                {"type":"COMPANY","name":"Existing %s","phone":"+86 21 7777 %s","source":"PHONE","grade":"ORDINARY",
                 "lifecycle":"PROSPECT"}""".formatted(m, m.substring(m.length() - 4).replaceAll("\\D", "7")));
        String existingPhone = parse(existing.body()).get("phone").asText();
        String csv = "\uFEFFname,phone,email,grade,tags,type,nextFollowUpAt\n"
                + "Import One " + m + ",'+86 139 0000 1111,one." + m + "@example.com,POTENTIAL,fair;vip,COMPANY,2027-01-15\n"
                + "Import Two " + m + ",,two." + m + "@example.com,,,PERSON,\n"
                + "Bad Email " + m + ",,not-an-email,,,,\n"
                + "Bad Grade " + m + ",,,PLATINUM,,,\n"
                + "Same Phone " + m + "," + existingPhone + ",,,,,\n"
                + "Import One " + m + " Co. Ltd.,,,,,,\n";

        HttpResponse<String> started = sales1.postFile("/api/imports", "file", "customers.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode job = finished(sales1, location);

        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("totalRows").asInt()).isEqualTo(6);
        assertThat(job.get("importedRows").asInt()).isEqualTo(2);
        assertThat(job.get("rejectedRows").asInt()).isEqualTo(4);
        List<String> rejected = new ArrayList<>();
        job.get("rejections").forEach(r -> rejected.add(r.get("row").asInt() + ":" + r.get("field").asText()));
        assertThat(rejected).containsExactly("4:email", "5:grade", "6:phone", "7:name");

        JsonNode imported = parse(sales1.get("/api/customers?q=Import%20One%20" + m).body()).get("items");
        assertThat(imported).hasSize(1);
        assertThat(imported.get(0).get("phone").asText()).isEqualTo("+86 139 0000 1111");
        assertThat(imported.get(0).get("owner").asText()).isEqualTo("sales1");
        assertThat(imported.get(0).get("grade").asText()).isEqualTo("POTENTIAL");
        assertThat(imported.get(0).get("nextFollowUpAt").asText()).isEqualTo("2027-01-15");
        assertThat(imported.get(0).get("tags").toString()).contains("fair", "vip");
        long id = imported.get(0).get("id").asLong();
        JsonNode details = parse(sales1.get("/api/customers/" + id).body());
        assertThat(details.get("version").asLong()).isZero();
        assertThat(details.get("createdAt").asText()).isNotBlank();
        JsonNode history = parse(sales1.get("/api/customers/" + id + "/ownership-history").body());
        assertThat(history.get(0).get("reason").asText()).isEqualTo("IMPORTED");
        assertThat(history.get(0).get("toOwner").asText()).isEqualTo("sales1");
        assertThat(parse(sales1.get("/api/customers?q=1111").body()).get("items").toString()).contains("Import One");
        assertThat(parse(sales1.putJson("/api/customers/" + id, details.toString().replace("POTENTIAL", "KEY")).body())
                .get("version").asLong()).isEqualTo(1);

        HttpResponse<String> report = sales1.get(location + "/rejections");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).startsWith("row,field,reason").contains("4,email,").contains("6,phone,");
        assertThat(Http.basic(port, "sales2", "demo").get(location).statusCode()).isEqualTo(404);
    }

    @Test
    void an_exported_workbook_reads_back_and_its_rows_are_recognised_as_existing_customers() throws Exception {
        String m = Long.toString(System.nanoTime(), 36);
        Http sales2 = Http.basic(port, "sales2", "demo");
        sales2.postJson("/api/customers", """
                {"type":"COMPANY","name":"Round Trip %s","phone":"+86 10 8888 %s","source":"PHONE","grade":"KEY",
                 "lifecycle":"NEW"}""".formatted(m, m.substring(m.length() - 4).replaceAll("\\D", "8")));
        byte[] workbook = sales2.getBytes("/api/customers/export?format=xlsx&q=" + m).body();

        HttpResponse<String> started = sales2.postFile("/api/imports", "file", "roundtrip.xlsx", workbook);
        JsonNode job = finished(sales2, started.headers().firstValue("Location").orElseThrow());

        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("totalRows").asInt()).isEqualTo(1);
        assertThat(job.get("rejectedRows").asInt()).isEqualTo(1);
        assertThat(job.get("rejections").get(0).get("field").asText()).isEqualTo("phone");
    }

    @Test
    void a_file_of_another_type_is_refused_with_415() {
        HttpResponse<String> response = Http.basic(port, "sales1", "demo").postFile("/api/imports", "file",
                "customers.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
