package com.salesflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin/users", "/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/",
            "/camunda/api/engine/engine/default/task", "/v3/api-docs", "/swagger-ui.html"})
    void browser_pages_send_an_anonymous_visitor_to_the_login_page(String path) {
        HttpResponse<String> response = Http.anonymous(port).get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/me", "/api/anything", "/engine-rest/task", "/engine-rest/process-definition",
            "/engine-rest/user"})
    void apis_answer_an_anonymous_caller_with_401_problem_json_and_a_basic_challenge(String path) {
        HttpResponse<String> response = Http.anonymous(port).get(path);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(response.body()).contains("\"status\":401").contains("\"title\":\"Unauthorized\"");
    }

    @Test
    void a_wrong_password_is_refused_on_the_api() {
        assertThat(Http.basic(port, "sales2", "wrong").get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void the_health_probe_and_the_login_page_are_open() {
        assertThat(Http.anonymous(port).get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(Http.anonymous(port).get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void the_api_knows_the_caller_with_roles_and_team() {
        HttpResponse<String> response = Http.basic(port, "sales1", "demo").get("/api/me");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"sales1\"").contains("\"roles\":[\"sales\"]")
                .contains("\"team\":\"east\"");
    }

    @Test
    void unknown_api_paths_answer_404_as_problem_json() {
        HttpResponse<String> response = Http.basic(port, "sales1", "demo").get("/api/no-such-resource");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void openapi_docs_are_served_to_a_logged_in_user() {
        HttpResponse<String> response = Http.session(port, "sales1", "demo").get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"").contains("/api/me");
    }

    @Test
    void only_admins_open_camunda_admin_and_only_designers_and_admins_open_cockpit() {
        Http sales = Http.session(port, "sales1", "demo");
        Http designer = Http.session(port, "designer", "demo");
        Http admin = Http.session(port, "admin", "demo");

        assertThat(sales.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
        assertThat(sales.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
        assertThat(sales.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        assertThat(designer.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
        assertThat(designer.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    }

    @Test
    void the_camunda_webapps_see_the_vaadin_login_with_the_applications_each_role_may_open() {
        assertThat(camundaWebappUser("sales1")).contains("\"userId\":\"sales1\"").contains("tasklist")
                .doesNotContain("cockpit").doesNotContain("\"admin\"");
        assertThat(camundaWebappUser("designer")).contains("\"userId\":\"designer\"").contains("cockpit")
                .doesNotContain("\"admin\"");
        assertThat(camundaWebappUser("admin")).contains("\"userId\":\"admin\"").contains("cockpit")
                .contains("\"admin\"");
    }

    /** What the Camunda webapps know of the user after the browser opened one of them with the Vaadin login. */
    private String camundaWebappUser(String username) {
        Http session = Http.session(port, username, "demo");
        assertThat(session.get("/camunda/app/welcome/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = session.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        return user.body();
    }

    @Test
    void a_salesperson_can_neither_see_nor_complete_another_users_task_through_engine_rest() {
        String businessKey = "security-" + System.nanoTime();
        runtimeService.startProcessInstanceByKey("test-assigned-task", businessKey,
                Map.of("assignee", "sales2", "candidateGroup", "finance"));
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        Http sales1 = Http.basic(port, "sales1", "demo");
        Http sales2 = Http.basic(port, "sales2", "demo");

        assertThat(sales1.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).body()).isEqualTo("[]");
        assertThat(sales1.get("/engine-rest/task/" + task.getId()).statusCode()).isEqualTo(404);
        assertThat(sales1.postJson("/engine-rest/task/" + task.getId() + "/complete", "{}").statusCode())
                .isIn(403, 404);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        assertThat(sales2.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).body())
                .contains(task.getId());
        assertThat(sales2.postJson("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\":{\"note\":{\"value\":\"called back\"}}}").statusCode()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void a_task_offered_to_a_group_is_visible_through_engine_rest_to_its_members_only() {
        String businessKey = "candidates-" + System.nanoTime();
        runtimeService.startProcessInstanceByKey("test-assigned-task", businessKey,
                Map.of("candidateGroup", Roles.FINANCE));
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();

        assertThat(Http.basic(port, "finance", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).body()).contains(task.getId());
        assertThat(Http.basic(port, "sales1", "demo")
                .get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).body()).isEqualTo("[]");
    }
}
