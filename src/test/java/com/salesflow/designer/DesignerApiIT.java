package com.salesflow.designer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/designer} end to end: designers only, validation that names the refused construct (XXE, billion
 * laughs, script, missing time to live), deploy with field errors and nothing deployed, the version downloaded as a
 * file, and what-if on the quote approval table.
 */
@IntegrationTest
class DesignerApiIT {

    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="x" name="&secret;"
                         namespace="http://x"/>
            """;
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="x" name="&lol3;"
                         namespace="http://x"/>
            """;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private Http as(String username) {
        return Http.basic(port, username, "demo");
    }

    private JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    private String content(String fileName, String content) throws Exception {
        return json.writeValueAsString(java.util.Map.of("fileName", fileName, "content", content));
    }

    @Test
    void only_designers_and_admins_reach_the_designer_api() {
        assertThat(as("sales1").get("/api/designer/models").statusCode()).isEqualTo(403);
        assertThat(as("director").postJson("/api/designer/models/deploy", "{}").statusCode()).isEqualTo(403);
        assertThat(Http.anonymous(port).get("/api/designer/models").statusCode()).isEqualTo(401);

        JsonNode decisions = ok(as("designer").get("/api/designer/models?kind=DMN&q=quote"), 200);
        assertThat(decisions).isNotEmpty();
        decisions.forEach(model -> assertThat(model.get("kind").asText()).isEqualTo("DMN"));
        assertThat(decisions.findValuesAsText("fileName")).contains("quote-approval-level.dmn");
        assertThat(ok(as("admin").get("/api/designer/beans"), 200).toString()).contains("quoteApprovalClock");
        assertThat(as("admin").postJson("/engine-rest/deployment/create", "{}").statusCode())
                .as("models are deployed through the Designer, which validates them").isEqualTo(403);
    }

    @Test
    void validation_names_what_is_refused() throws Exception {
        assertThat(ok(as("designer").postJson("/api/designer/models/validate", content("a.dmn", XXE)), 200)
                .get("problems").get(0).get("code").asText()).isEqualTo("model.doctype");
        assertThat(ok(as("designer").postJson("/api/designer/models/validate", content("a.dmn", BILLION_LAUGHS)),
                200).get("problems").get(0).get("code").asText()).isEqualTo("model.doctype");
        String noTtl = TestModels.levelTable("api-ttl", "1").replace(" camunda:historyTimeToLive=\"P30D\"", "");
        JsonNode problems = ok(as("designer").postJson("/api/designer/models/validate",
                content("api-ttl.dmn", noTtl)), 200);
        assertThat(problems.get("valid").asBoolean()).isFalse();
        assertThat(problems.get("problems").get(0).get("elementId").asText()).isEqualTo("api-ttl");
        assertThat(problems.get("problems").get(0).get("code").asText()).isEqualTo("model.historyTimeToLive");
        assertThat(ok(as("designer").postJson("/api/designer/models/validate",
                content("a.bpmn", "x".repeat(2 * 1024 * 1024 + 1))), 200).get("problems").get(0).get("code")
                .asText()).isEqualTo("model.tooLarge");
        assertThat(ok(as("designer").postJson("/api/designer/models/validate",
                content("quote-approval-level.dmn", TestModels.levelTable("quote-approval-level", "1"))), 200)
                .get("valid").asBoolean()).isTrue();
    }

    @Test
    void a_refused_deploy_is_a_400_with_the_elements_and_deploys_nothing() throws Exception {
        String key = "api-" + Long.toString(System.nanoTime(), 36);
        String classy = TestModels.twoStepProcess(key, "second").replace("camunda:candidateGroups=\"sales\"/>",
                "camunda:candidateGroups=\"sales\"><bpmn:extensionElements><camunda:taskListener event=\"create\" "
                        + "class=\"java.lang.Runtime\"/></bpmn:extensionElements></bpmn:userTask>");
        String body = json.writeValueAsString(java.util.Map.of("fileName", key + ".bpmn", "content", classy,
                "comment", "try", "basedOnVersion", 0));

        JsonNode refused = ok(as("designer").postJson("/api/designer/models/deploy", body), 400);

        assertThat(refused.get("errors").findValuesAsText("field")).contains("content#first", "content#second");
        assertThat(refused.get("errors").findValuesAsText("code")).containsOnly("model.javaClass");
        assertThat(as("designer").get("/api/designer/models/" + key + ".bpmn").statusCode()).isEqualTo(404);

        String good = json.writeValueAsString(java.util.Map.of("fileName", key + ".bpmn", "content",
                TestModels.twoStepProcess(key, "second"), "comment", "Two steps", "basedOnVersion", 0));
        JsonNode deployed = ok(as("designer").postJson("/api/designer/models/deploy", good), 201);
        assertThat(deployed.get("version").asInt()).isEqualTo(1);
        HttpResponse<byte[]> file = as("designer").getBytes("/api/designer/models/" + key + ".bpmn/versions/1/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains(key + ".bpmn");
        assertThat(new String(file.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("id=\"" + key + "\"");
        assertThat(ok(as("designer").postJson("/api/designer/models/deploy", good), 409).get("code").asText())
                .as("version 1 is deployed now, not 0").isEqualTo("conflict.stale");
        assertThat(ok(as("designer").postJson("/api/designer/models/deploy", good.replace("\"basedOnVersion\":0",
                "\"basedOnVersion\":1")), 400).get("errors").get(0).get("code").asText()).isEqualTo("model.unchanged");
    }

    @Test
    void what_if_replays_quote_decisions() throws Exception {
        String deployed = ok(as("designer").get("/api/designer/models/quote-approval-level.dmn"), 200)
                .get("deployedContent").asText();
        String body = json.writeValueAsString(java.util.Map.of("content",
                deployed.replace("<text>&gt; 10</text>", "<text>&gt; 50</text>"), "days", 30));

        JsonNode whatIf = ok(as("designer").postJson("/api/designer/decisions/quote-approval-level/what-if", body),
                200);

        assertThat(whatIf.get("output").asText()).isEqualTo("approver");
        assertThat(whatIf.get("replayed").asInt()).isPositive();
        assertThat(ok(as("designer").postJson("/api/designer/decisions/quote-approval-level/what-if",
                "{\"content\":\"x\",\"days\":0}"), 400).get("errors").get(0).get("field").asText()).isEqualTo("days");
        assertThat(as("designer").postJson("/api/designer/decisions/no-such-table/what-if",
                body).statusCode()).isEqualTo(404);
    }
}
