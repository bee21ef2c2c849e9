package com.salesflow.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lead import through {@code /api/imports?kind=leads}: good rows become scored, routed leads with their own running
 * {@code lead-qualification}, bad rows are reported with row and field and create neither a lead nor a process.
 */
@IntegrationTest
class LeadImportIT {

    private static final String PROCESS = "lead-qualification";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    RepositoryService repository;

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

    /** Polls the job as the dialog's progress bar does, until it is no longer running. */
    private JsonNode finished(Http http, HttpResponse<String> started) throws InterruptedException {
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String location = started.headers().firstValue("Location").orElseThrow();
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode job = body(http.get(location));
            if (!"RUNNING".equals(job.get("status").asText()) || System.currentTimeMillis() > deadline) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    private static List<String> rejected(JsonNode job) {
        List<String> rows = new ArrayList<>();
        job.get("rejections").forEach(r -> rows.add(r.get("row").asInt() + ":" + r.get("field").asText()));
        return rows;
    }

    /** The leads whose name, company, phone or e-mail contain the marker, as a director (sees all) lists them. */
    private JsonNode leadsMatching(String marker) {
        return body(as("director").get("/api/leads?size=100&sort=createdAt&q="
                + URLEncoder.encode(marker, StandardCharsets.UTF_8))).get("items");
    }

    private long processesStarted() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();
    }

    private boolean running(JsonNode lead) {
        return runtime.createProcessInstanceQuery().processInstanceId(lead.get("processInstanceId").asText())
                .active().count() == 1;
    }

    /** Digits unique to this run, for phone numbers that no other lead has. */
    private static String digits() {
        String nanos = Long.toString(System.nanoTime());
        return nanos.substring(nanos.length() - 8);
    }

    @Test
    void good_csv_rows_become_leads_with_running_processes_and_bad_rows_are_reported_and_create_nothing()
            throws Exception {
        String m = "Imp" + Long.toString(System.nanoTime(), 36);
        String d = digits();
        long startedBefore = processesStarted();
        String csv = "\uFEFFname,company,phone,email,source,industry,region,companySize,engagement,need\n"
                + "Lin Tao," + m + " Optics Co. Ltd.,+86 139 " + d + ",lin@" + m + ".example,EVENT,Electronics,East,"
                + "MEDIUM,HIGH,Lenses\n"
                + "Person " + m + ",,,person@" + m + ".example,,,West,,,\n"
                + "Bad Phone," + m + " Phone Ltd.,12,,,,,,,\n"
                + ",,+86 138 " + d + ",,,,,,,\n"
                + "Bad Source," + m + " Source Ltd.,+86 137 " + d + ",,FAX,,,,,\n"
                + "Bad Size," + m + " Size Ltd.,+86 136 " + d + ",,,,,HUGE,,\n"
                + "No Contact," + m + " Silent Ltd.,,,,,,,,\n"
                + "Bad Mail," + m + " Mail Ltd.,,not-an-email,,,,,,\n"
                + "Formula," + m + " Formula Ltd.,'+86 135 " + d + ",,phone,,,,,\n";

        JsonNode job = finished(as("supervisor"), as("supervisor").postFile("/api/imports?kind=leads", "file",
                "leads.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(job.get("kind").asText()).isEqualTo("LEADS");
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("totalRows").asInt()).isEqualTo(9);
        assertThat(job.get("importedRows").asInt()).isEqualTo(3);
        assertThat(job.get("rejectedRows").asInt()).isEqualTo(6);
        assertThat(rejected(job)).containsExactly("4:phone", "5:name", "6:source", "7:companySize", "8:phone",
                "9:email");

        JsonNode leads = leadsMatching(m);
        assertThat(leads).hasSize(3);
        List<String> names = new ArrayList<>();
        for (JsonNode lead : leads) {
            names.add(lead.get("name").asText());
            assertThat(lead.get("status").asText()).isEqualTo("QUALIFYING");
            assertThat(lead.get("owner").asText()).isNotBlank();
            assertThat(lead.get("rating").asText()).isIn("HOT", "WARM", "COLD");
            assertThat(running(lead)).as("process of " + lead.get("name")).isTrue();
        }
        assertThat(names).containsExactly("Lin Tao", "Person " + m, "Formula");
        assertThat(leads.get(0).get("source").asText()).isEqualTo("EVENT");
        assertThat(leads.get(0).get("companySize").asText()).isEqualTo("MEDIUM");
        assertThat(leads.get(1).get("source").asText()).as("empty source").isEqualTo("IMPORT");
        assertThat(leads.get(1).get("team").asText()).isEqualTo("west");
        assertThat(leads.get(2).get("source").asText()).isEqualTo("PHONE");
        assertThat(leads.get(2).get("phone").asText()).as("the export's apostrophe is removed")
                .isEqualTo("+86 135 " + d);
        assertThat(processesStarted() - startedBefore).as("one process per good row, none for bad ones")
                .isEqualTo(3);

        String report = as("supervisor").get("/api/imports/" + job.get("id").asLong() + "/rejections").body();
        assertThat(report).startsWith("row,field,reason").contains("4,phone,").contains("6,source,");
        assertThat(as("supervisor2").get("/api/imports/" + job.get("id").asLong()).statusCode()).isEqualTo(404);
    }

    @Test
    void an_xlsx_with_chinese_headers_is_read_like_the_csv() throws Exception {
        String m = "导入" + Long.toString(System.nanoTime(), 36);
        String d = digits();
        long startedBefore = processesStarted();
        byte[] xlsx = workbook(List.of(
                List.of("姓名", "公司", "电话", "邮箱", "来源", "地区", "公司规模", "备注"),
                List.of("王芳", m + "机械有限公司", "021-5555 " + d.substring(0, 4), "", "REFERRAL", "East", "LARGE",
                        "展会名单"),
                List.of("", m + "电子", "", "", "", "", "", ""),
                List.of("李雷", m + "贸易", "+86 10 " + d, "", "展会", "", "", ""),
                List.of("", m + "科技", "", "info@" + d + ".example", "", "South", "", "")));

        JsonNode job = finished(as("director"), as("director").postFile("/api/imports?kind=leads", "file",
                "线索.xlsx", xlsx));

        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("importedRows").asInt()).isEqualTo(2);
        assertThat(rejected(job)).containsExactly("3:phone", "4:source");
        JsonNode leads = leadsMatching(m);
        assertThat(leads).hasSize(2);
        assertThat(leads.get(0).get("name").asText()).isEqualTo("王芳");
        assertThat(leads.get(0).get("source").asText()).isEqualTo("REFERRAL");
        assertThat(leads.get(0).get("companySize").asText()).isEqualTo("LARGE");
        assertThat(leads.get(1).get("source").asText()).isEqualTo("IMPORT");
        assertThat(leads.get(1).get("team").asText()).isEqualTo("west");
        leads.forEach(lead -> assertThat(running(lead)).isTrue());
        assertThat(processesStarted() - startedBefore).isEqualTo(2);
    }

    @Test
    void a_row_repeated_in_the_file_is_merged_into_the_first_by_the_process_duplicate_check() throws Exception {
        String m = "Dup" + Long.toString(System.nanoTime(), 36);
        String d = digits();
        String row = "Chen Jie," + m + " Valves Ltd.,+86 133 " + d + ",chen@" + m + ".example\n";
        String csv = "name,company,phone,email\n" + row + row;

        JsonNode job = finished(as("supervisor"), as("supervisor").postFile("/api/imports?kind=leads", "file",
                "twice.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(job.get("importedRows").asInt()).isEqualTo(2);
        JsonNode leads = leadsMatching(m);
        assertThat(leads).hasSize(2);
        JsonNode first = leads.get(0);
        JsonNode second = leads.get(1);
        assertThat(first.get("status").asText()).isEqualTo("QUALIFYING");
        assertThat(running(first)).isTrue();
        assertThat(second.get("status").asText()).isEqualTo("MERGED");
        assertThat(second.get("duplicateOf").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(history.createHistoricProcessInstanceQuery()
                .processInstanceId(second.get("processInstanceId").asText()).finished().count())
                .as("the duplicate's own short process ended in Merged").isOne();
    }

    @Test
    void a_row_whose_process_cannot_start_is_refused_alone_and_leaves_no_lead_without_a_process() throws Exception {
        String m = "Ref" + Long.toString(System.nanoTime(), 36);
        String d = digits();
        String industry = "Nobody industry " + m;
        // A designer's routing version that sends one industry to a team without people: routing throws for that
        // row only, inside the batch's transaction.
        String routing;
        try (InputStream in = getClass().getResourceAsStream("/processes/lead-routing.dmn")) {
            routing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int firstRule = routing.indexOf("<rule ");
        routing = routing.substring(0, firstRule) + """
                <rule id="rule-routing-import-test">
                  <inputEntry id="rule-routing-import-test-region"><text></text></inputEntry>
                  <inputEntry id="rule-routing-import-test-industry"><text>"%s"</text></inputEntry>
                  <inputEntry id="rule-routing-import-test-size"><text></text></inputEntry>
                  <outputEntry id="rule-routing-import-test-team"><text>"nobody-%s"</text></outputEntry>
                  <outputEntry id="rule-routing-import-test-reason"><text>"test"</text></outputEntry>
                </rule>
                """.formatted(industry, m.toLowerCase()) + routing.substring(firstRule);
        String deployment = repository.createDeployment().name("lead-import-test")
                .addString("lead-routing.dmn", routing).deploy().getId();
        try {
            long startedBefore = processesStarted();
            String csv = "name,company,phone,industry\n"
                    + "Good One," + m + " Alpha Ltd.,+86 131 " + d + ",\n"
                    + "Stuck," + m + " Beta Ltd.,+86 132 " + d + "," + industry + "\n"
                    + "Good Two," + m + " Gamma Ltd.,+86 134 " + d + ",\n";

            JsonNode job = finished(as("admin"), as("admin").postFile("/api/imports?kind=leads", "file",
                    "refused.csv", csv.getBytes(StandardCharsets.UTF_8)));

            assertThat(job.get("status").asText()).isEqualTo("DONE");
            assertThat(job.get("importedRows").asInt()).isEqualTo(2);
            assertThat(job.get("rejections").get(0).get("row").asInt()).isEqualTo(3);
            assertThat(job.get("rejections").get(0).get("reason").asText()).contains("nobody-");
            JsonNode leads = leadsMatching(m);
            assertThat(leads).hasSize(2);
            leads.forEach(lead -> assertThat(running(lead)).isTrue());
            assertThat(processesStarted() - startedBefore).isEqualTo(2);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void salespeople_may_not_import_leads_and_an_unknown_kind_is_refused() {
        byte[] csv = "name,phone\nX,13800000000\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = as("sales1").postFile("/api/imports?kind=leads", "file", "leads.csv", csv);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> unknown = as("supervisor").postFile("/api/imports?kind=orders", "file", "x.csv", csv);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(body(unknown).get("errors").get(0).get("field").asText()).isEqualTo("kind");
    }

    @Test
    void the_template_has_the_lead_columns_as_csv_and_as_a_workbook() throws Exception {
        String columns = "name,company,phone,email,source,industry,region,companySize,engagement,need,notes";
        HttpResponse<String> csv = as("supervisor").get("/api/imports/template?kind=leads&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFF" + columns + "\r\n");

        byte[] xlsx = as("supervisor").getBytes("/api/imports/template?kind=leads&format=xlsx").body();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(2);
            assertThat(String.join(",", all.get(0).stream().map(Cell::getText).toList())).isEqualTo(columns);
        }
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("leads");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
