package com.salesflow.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/public/leads} end to end: a web form's key creates a lead through lead intake and its process;
 * wrong, disabled and revoked keys, bad input, other origins and too many posts create nothing. The per-key limit is
 * 5 an hour in the test configuration.
 */
@IntegrationTest
class WebFormLeadIT {

    private static final String ENDPOINT = "/api/public/leads";

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private record WebForm(long id, String name, String key, long version) {
    }

    private Http admin() {
        return Http.basic(port, "admin", "demo");
    }

    private static String unique() {
        return Long.toString(System.nanoTime()).substring(5);
    }

    private WebForm createWebForm(String source, List<String> origins, String thankYouUrl) {
        String name = "Web site " + unique();
        HttpResponse<String> created = admin().postJson("/api/web-forms", """
                {"name":"%s","source":%s,"allowedOrigins":%s,"thankYouUrl":%s}""".formatted(name,
                source == null ? "null" : "\"" + source + "\"", write(origins),
                thankYouUrl == null ? "null" : "\"" + thankYouUrl + "\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = body(created);
        return new WebForm(body.at("/webForm/id").asLong(), name, body.get("key").asText(),
                body.at("/webForm/version").asLong());
    }

    private WebForm createWebForm() {
        return createWebForm("WEB_FORM", List.of(), null);
    }

    private String leadJson() {
        String id = unique();
        return """
                {"name":"Qian Yu","company":"Web Lead Optics %s","phone":"139%s","email":"qian.%s@web-lead.example",
                 "industry":"Electronics","region":"East","companySize":"SMALL","need":"Lens samples"}"""
                .formatted(id, id.substring(0, 8), id);
    }

    private HttpResponse<String> post(String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ENDPOINT))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    private HttpResponse<String> postJson(String key, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Api-Key";
        all[1] = key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return post("application/json", body, all);
    }

    private HttpResponse<String> preflight(String origin) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ENDPOINT))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key").build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode body(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long leadsOf(WebForm form) {
        return jdbc.queryForObject("select count(*) from sf_lead where created_by = ?", Long.class,
                "web-form:" + form.name());
    }

    private long qualificationInstances() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("lead-qualification").count();
    }

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    @Test
    void a_lead_posted_with_a_valid_key_is_created_by_the_web_form_with_its_source_and_qualified_like_any_lead() {
        WebForm webForm = createWebForm("INTERNET", List.of(), null);

        HttpResponse<String> created = postJson(webForm.key(), leadJson());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = body(created);
        // Only the id: owner, score and rating are not the visitor's business.
        Iterator<String> fields = answer.fieldNames();
        assertThat(fields.next()).isEqualTo("id");
        assertThat(fields.hasNext()).isFalse();
        long leadId = answer.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/leads/" + leadId);
        assertThat(created.headers().firstValue("Set-Cookie")).isEmpty();

        JsonNode lead = body(Http.basic(port, "director", "demo").get("/api/leads/" + leadId)).get("lead");
        assertThat(lead.get("source").asText()).isEqualTo("INTERNET");
        assertThat(lead.get("status").asText()).isEqualTo("QUALIFYING");
        assertThat(lead.get("owner").asText()).isNotBlank();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(lead.get("processInstanceId").asText())
                .processDefinitionKey("lead-qualification").count()).isOne();
        assertThat(jdbc.queryForObject("select created_by from sf_lead where id = ?", String.class, leadId))
                .isEqualTo("web-form:" + webForm.name());
        assertThat(body(admin().get("/api/web-forms/" + webForm.id())).get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void a_plain_html_form_post_with_the_key_in_a_field_creates_the_lead_and_goes_to_the_thank_you_page() {
        WebForm withoutPage = createWebForm();
        WebForm withPage = createWebForm("WEB_FORM", List.of(), "https://www.example.com/thank-you");
        String id = unique();

        HttpResponse<String> created = post("application/x-www-form-urlencoded", form("api_key", withoutPage.key(),
                "name", "孙丽 " + id, "company", "华东光学 " + id, "email", "sun." + id + "@web-lead.example",
                "need", "样品"));
        HttpResponse<String> redirected = post("application/x-www-form-urlencoded", form("api_key", withPage.key(),
                "name", "Wu Gang", "phone", "137" + id.substring(0, 8)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long leadId = body(created).get("id").asLong();
        JsonNode lead = body(Http.basic(port, "director", "demo").get("/api/leads/" + leadId)).get("lead");
        assertThat(lead.get("name").asText()).isEqualTo("孙丽 " + id);
        assertThat(lead.get("company").asText()).isEqualTo("华东光学 " + id);
        assertThat(lead.get("source").asText()).isEqualTo("WEB_FORM");
        assertThat(redirected.statusCode()).isEqualTo(303);
        assertThat(redirected.headers().firstValue("Location")).hasValue("https://www.example.com/thank-you");
        assertThat(leadsOf(withPage)).isOne();
    }

    @Test
    void a_missing_wrong_disabled_or_revoked_key_gets_401_and_creates_nothing() {
        WebForm disabled = createWebForm();
        WebForm revoked = createWebForm();
        assertThat(admin().postJson("/api/web-forms/" + disabled.id() + "/disable",
                "{\"version\":" + disabled.version() + "}").statusCode()).isEqualTo(200);
        assertThat(admin().postJson("/api/web-forms/" + revoked.id() + "/revoke",
                "{\"version\":" + revoked.version() + "}").statusCode()).isEqualTo(200);
        long instances = qualificationInstances();

        HttpResponse<String> missing = post("application/json", leadJson());
        HttpResponse<String> wrong = postJson("sfk_" + "x".repeat(43), leadJson());
        HttpResponse<String> off = postJson(disabled.key(), leadJson());
        HttpResponse<String> gone = postJson(revoked.key(), leadJson());
        WebForm active = createWebForm();
        HttpResponse<String> inAddress = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + ENDPOINT
                + "?api_key=" + active.key())).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("name", "Wu Gang", "phone", "13700001111"))).build());

        for (HttpResponse<String> refused : List.of(missing, wrong, off, gone, inAddress)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Location")).isEmpty();
        }
        assertThat(leadsOf(disabled) + leadsOf(revoked) + leadsOf(active)).isZero();
        assertThat(qualificationInstances()).isEqualTo(instances);

        // A revoked key stays revoked; a disabled one works again once enabled.
        JsonNode current = body(admin().get("/api/web-forms/" + revoked.id()));
        assertThat(admin().postJson("/api/web-forms/" + revoked.id() + "/enable",
                "{\"version\":" + current.get("version").asLong() + "}").statusCode()).isEqualTo(409);
        current = body(admin().get("/api/web-forms/" + disabled.id()));
        assertThat(admin().postJson("/api/web-forms/" + disabled.id() + "/enable",
                "{\"version\":" + current.get("version").asLong() + "}").statusCode()).isEqualTo(200);
        assertThat(postJson(disabled.key(), leadJson()).statusCode()).isEqualTo(201);
    }

    @Test
    void a_rotated_key_replaces_the_old_one_at_once() {
        WebForm webForm = createWebForm();

        HttpResponse<String> rotated = admin().postJson("/api/web-forms/" + webForm.id() + "/rotate",
                "{\"version\":" + webForm.version() + "}");

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        String newKey = body(rotated).get("key").asText();
        assertThat(newKey).startsWith("sfk_").isNotEqualTo(webForm.key());
        assertThat(body(rotated).at("/webForm/keyPrefix").asText()).isEqualTo(newKey.substring(0, 12));
        assertThat(postJson(webForm.key(), leadJson()).statusCode()).isEqualTo(401);
        assertThat(postJson(newKey, leadJson()).statusCode()).isEqualTo(201);
        assertThat(admin().get("/api/web-forms/" + webForm.id()).body()).doesNotContain(newKey);
    }

    @Test
    void bad_input_gets_field_errors_and_creates_no_lead_and_starts_no_process() {
        WebForm webForm = createWebForm();
        long instances = qualificationInstances();

        HttpResponse<String> refused = postJson(webForm.key(),
                "{\"name\":\"\",\"company\":\"\",\"phone\":\"12\",\"email\":\"not-an-address\",\"companySize\":\"HUGE\"}");
        HttpResponse<String> refusedForm = post("application/x-www-form-urlencoded",
                form("api_key", webForm.key(), "name", "Only A Name"));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(refused).get("errors").findValuesAsText("field"))
                .contains("name", "phone", "email", "companySize");
        assertThat(refusedForm.statusCode()).as(refusedForm.body()).isEqualTo(400);
        assertThat(body(refusedForm).get("errors").findValuesAsText("field")).contains("phone");
        assertThat(leadsOf(webForm)).isZero();
        assertThat(qualificationInstances()).isEqualTo(instances);
    }

    @Test
    void a_filled_honeypot_is_answered_like_a_lead_but_creates_nothing() {
        WebForm webForm = createWebForm();

        HttpResponse<String> json = postJson(webForm.key(), leadJson().replace("{", "{\"_gotcha\":\"http://spam\","));
        HttpResponse<String> html = post("application/x-www-form-urlencoded", form("api_key", webForm.key(),
                "name", "Bot", "phone", "13800000000", "_gotcha", "buy now"));

        assertThat(json.statusCode()).isEqualTo(201);
        assertThat(html.statusCode()).isEqualTo(201);
        assertThat(leadsOf(webForm)).isZero();
    }

    @Test
    void after_the_per_key_limit_the_endpoint_answers_429_with_retry_after() {
        WebForm webForm = createWebForm();
        String bot = leadJson().replace("{", "{\"_gotcha\":\"x\",");
        for (int i = 0; i < 5; i++) {
            assertThat(postJson(webForm.key(), bot).statusCode()).isEqualTo(201);
        }

        HttpResponse<String> limited = postJson(webForm.key(), leadJson());

        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(body(limited).get("status").asInt()).isEqualTo(429);
        assertThat(leadsOf(webForm)).isZero();
        // Other keys have their own budget.
        assertThat(postJson(createWebForm().key(), leadJson()).statusCode()).isEqualTo(201);
    }

    @Test
    void a_body_over_the_limit_gets_413() {
        WebForm webForm = createWebForm();

        HttpResponse<String> tooLarge = postJson(webForm.key(),
                "{\"name\":\"Big\",\"phone\":\"13800000000\",\"need\":\"" + "x".repeat(20_000) + "\"}");

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(leadsOf(webForm)).isZero();
    }

    @Test
    void cors_lets_the_web_forms_origins_post_and_refuses_other_origins() {
        String site = "https://www-" + unique() + ".example.com";
        WebForm webForm = createWebForm("WEB_FORM", List.of(site + "/"), null);

        HttpResponse<String> allowed = preflight(site);
        HttpResponse<String> other = preflight("https://evil.example.net");

        assertThat(allowed.statusCode()).isIn(200, 204);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(site);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("x-api-key"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> fromSite = postJson(webForm.key(), leadJson(), "Origin", site);
        assertThat(fromSite.statusCode()).as(fromSite.body()).isEqualTo(201);
        assertThat(fromSite.headers().firstValue("Access-Control-Allow-Origin")).hasValue(site);
        HttpResponse<String> fromElsewhere = postJson(webForm.key(), leadJson(), "Origin", "https://evil.example.net");
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        // A key without origins is for servers: a browser's post is refused.
        assertThat(postJson(createWebForm().key(), leadJson(), "Origin", site).statusCode()).isEqualTo(403);
        assertThat(leadsOf(webForm)).isOne();
    }

    @Test
    void the_key_opens_only_the_public_endpoint_and_the_rest_of_the_api_still_needs_a_login() {
        WebForm webForm = createWebForm();

        HttpResponse<String> list = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/leads"))
                .header("X-Api-Key", webForm.key()).GET().build());
        HttpResponse<String> submit = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/leads"))
                .header("X-Api-Key", webForm.key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(leadJson())).build());

        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(list.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(submit.statusCode()).isEqualTo(401);
        assertThat(leadsOf(webForm)).isZero();
    }

    @Test
    void only_administrators_manage_web_forms_and_keys_are_never_listed() {
        WebForm webForm = createWebForm();

        assertThat(Http.basic(port, "supervisor", "demo").get("/api/web-forms").statusCode()).isEqualTo(403);
        assertThat(Http.basic(port, "sales1", "demo").postJson("/api/web-forms",
                "{\"name\":\"Mine\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> list = admin().get("/api/web-forms?q=" + webForm.name().replace(" ", "%20"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(body(list).get("total").asInt()).isOne();
        assertThat(list.body()).doesNotContain(webForm.key());
        assertThat(jdbc.queryForObject("select key_hash from sf_web_form where id = ?", String.class, webForm.id()))
                .hasSize(64).isNotEqualTo(webForm.key());

        HttpResponse<String> invalid = admin().postJson("/api/web-forms",
                "{\"name\":\"\",\"allowedOrigins\":[\"https://example.com/path\"],\"thankYouUrl\":\"javascript:alert(1)\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(body(invalid).get("errors").findValuesAsText("field"))
                .contains("name", "allowedOrigins", "thankYouUrl");
    }
}
