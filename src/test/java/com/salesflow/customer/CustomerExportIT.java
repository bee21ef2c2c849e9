package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class CustomerExportIT {

    @LocalServerPort
    int port;

    private String create(String username, String name) {
        HttpResponse<String> response = Http.basic(port, username, "demo").postJson("/api/customers", """
                {"type":"COMPANY","name":"%s","phone":"+86 21 5555 0101","source":"EVENT","grade":"POTENTIAL",
                 "lifecycle":"PROSPECT","tags":["export"]}""".formatted(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return name;
    }

    @Test
    void the_csv_export_holds_only_the_callers_customers_and_neutralises_formulas() {
        String marker = Long.toString(System.nanoTime(), 36);
        String formula = create("sales1", "=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\") " + marker);
        String plain = create("sales1", "Plain Export Co " + marker);
        String foreign = create("sales3", "Foreign Export Co " + marker);

        HttpResponse<String> csv = Http.basic(port, "sales1", "demo").get("/api/customers/export?format=csv&q=" + marker);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains(".csv"));
        String body = csv.body();
        assertThat(body).startsWith("\uFEFFid,type,name,phone,email");
        assertThat(body).contains(plain).doesNotContain(foreign);
        assertThat(body).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
        assertThat(body).contains("'+86 21 5555 0101");
        assertThat(body.lines().count()).isEqualTo(3);
        assertThat(formula).startsWith("=");
    }

    @Test
    void the_xlsx_export_is_a_workbook_with_the_same_rows() throws IOException {
        String marker = Long.toString(System.nanoTime(), 36);
        create("sales2", "@SUM(1+1) " + marker);

        HttpResponse<byte[]> xlsx = Http.basic(port, "sales2", "demo")
                .getBytes("/api/customers/export?format=xlsx&q=" + marker);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        String sheetText = zippedText(xlsx.body());
        assertThat(sheetText).contains("'@SUM(1+1) " + marker).contains("paymentTermDays");
    }

    @Test
    void an_unknown_format_is_a_400() {
        assertThat(Http.basic(port, "sales1", "demo").get("/api/customers/export?format=pdf").statusCode())
                .isEqualTo(400);
    }

    /** Reads the package through its central directory, as spreadsheet programs do. */
    private static String zippedText(byte[] workbook) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        StringBuilder text = new StringBuilder();
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/")) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(text).as("an XLSX package").isNotEmpty();
        return text.toString().replace("&apos;", "'");
    }
}
