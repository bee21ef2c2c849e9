package com.salesflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.identity.Roles;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The task rules through {@code /api/tasks}, with the real engine, users and forms. */
@IntegrationTest
class TaskApiIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService engineTasks;

    @Autowired
    HistoryService history;

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

    /** A task of the test model (form test-note, "note" required) for an assignee or a candidate group. */
    private String startTask(String assignee, String candidateGroup) {
        String businessKey = "task-api-" + System.nanoTime();
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", assignee);
        variables.put("candidateGroup", candidateGroup);
        runtime.startProcessInstanceByKey("test-assigned-task", businessKey, variables);
        Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        return task.getId();
    }

    private boolean listed(String username, String list, String taskId) {
        HttpResponse<String> response = as(username).get("/api/tasks?size=200&list=" + list);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode item : body(response).get("items")) {
            if (item.get("id").asText().equals(taskId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void a_group_task_is_claimed_first_by_one_candidate_then_completed_with_the_forms_values_checked() {
        String taskId = startTask(null, Roles.SALES);

        assertThat(listed("sales1", "group", taskId)).isTrue();
        assertThat(listed("sales2", "group", taskId)).isTrue();
        assertThat(listed("finance", "group", taskId)).isFalse();
        assertThat(as("finance").get("/api/tasks/" + taskId).statusCode()).isEqualTo(404);

        HttpResponse<String> unclaimed = as("sales1").postJson("/api/tasks/" + taskId + "/complete",
                "{\"note\":\"done\"}");
        assertThat(unclaimed.statusCode()).isEqualTo(409);
        assertThat(body(unclaimed).get("code").asText()).isEqualTo("task.claimFirst");

        assertThat(as("sales1").postJson("/api/tasks/" + taskId + "/claim", "").statusCode()).isEqualTo(200);
        assertThat(as("sales1").postJson("/api/tasks/" + taskId + "/unclaim", "").statusCode()).isEqualTo(204);
        assertThat(listed("sales2", "group", taskId)).isTrue();
        assertThat(as("sales1").postJson("/api/tasks/" + taskId + "/claim", "").statusCode()).isEqualTo(200);
        HttpResponse<String> second = as("sales2").postJson("/api/tasks/" + taskId + "/claim", "");
        assertThat(second.statusCode()).isIn(404, 409);
        assertThat(listed("sales1", "mine", taskId)).isTrue();
        assertThat(listed("sales2", "group", taskId)).isFalse();

        HttpResponse<String> form = as("sales1").get("/api/tasks/" + taskId + "/form");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(body(form).get("schema").get("components").get(0).get("key").asText()).isEqualTo("note");

        HttpResponse<String> missing = as("sales1").postJson("/api/tasks/" + taskId + "/complete", "{}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"note\"");
        assertThat(engineTasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

        assertThat(as("sales1").postJson("/api/tasks/" + taskId + "/complete", "{\"note\":\"Called back\"}")
                .statusCode()).isEqualTo(204);
        assertThat(engineTasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().variableName("note").list())
                .anyMatch(variable -> "Called back".equals(variable.getValue()));
        HttpResponse<String> again = as("sales1").postJson("/api/tasks/" + taskId + "/complete",
                "{\"note\":\"twice\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("code").asText()).isEqualTo("task.gone");
        assertThat(as("sales1").postJson("/api/tasks/no-such-task/complete", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void only_the_assignee_completes_and_a_supervisor_reassigns_within_the_team() {
        String taskId = startTask("sales1", Roles.LEGAL);

        assertThat(as("sales2").postJson("/api/tasks/" + taskId + "/complete", "{\"note\":\"x\"}").statusCode())
                .isEqualTo(404);
        assertThat(as("sales3").get("/api/tasks/" + taskId).statusCode()).isEqualTo(404);
        assertThat(listed("supervisor", "team", taskId)).isTrue();
        assertThat(listed("supervisor2", "team", taskId)).isFalse();
        assertThat(as("supervisor2").putJson("/api/tasks/" + taskId + "/assignee", "{\"assignee\":\"sales3\"}")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> outside = as("supervisor").putJson("/api/tasks/" + taskId + "/assignee",
                "{\"assignee\":\"sales3\"}");
        assertThat(outside.statusCode()).isEqualTo(400);
        HttpResponse<String> bySalesperson = as("sales1").putJson("/api/tasks/" + taskId + "/assignee",
                "{\"assignee\":\"sales2\"}");
        assertThat(bySalesperson.statusCode()).isEqualTo(403);

        HttpResponse<String> reassigned = as("supervisor").putJson("/api/tasks/" + taskId + "/assignee",
                "{\"assignee\":\"sales2\"}");
        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(200);
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("sales2");
        assertThat(as("sales1").get("/api/tasks/" + taskId).statusCode()).isEqualTo(404);
        assertThat(as("sales2").postJson("/api/tasks/" + taskId + "/comments", "{\"text\":\"On it\"}").statusCode())
                .isEqualTo(200);
        JsonNode details = body(as("sales2").get("/api/tasks/" + taskId));
        assertThat(details.get("comments").get(0).get("author").asText()).isEqualTo("sales2");
        assertThat(as("sales2").postJson("/api/tasks/" + taskId + "/complete", "{\"note\":\"Done\"}").statusCode())
                .isEqualTo(204);
    }

    @Test
    void through_engine_rest_a_supervisor_reassigns_the_teams_tasks_and_no_one_elses() {
        String taskId = startTask("sales1", Roles.LEGAL);

        assertThat(as("supervisor").get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(200);
        assertThat(as("supervisor2").get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(404);
        assertThat(as("supervisor2").postJson("/engine-rest/task/" + taskId + "/assignee",
                "{\"userId\":\"sales3\"}").statusCode()).isIn(403, 404);
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("sales1");

        HttpResponse<String> reassigned = as("supervisor").postJson("/engine-rest/task/" + taskId + "/assignee",
                "{\"userId\":\"sales2\"}");
        assertThat(reassigned.statusCode()).as(reassigned.body()).isEqualTo(204);
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("sales2");
        assertThat(as("sales2").postJson("/api/tasks/" + taskId + "/complete", "{\"note\":\"ok\"}").statusCode())
                .isEqualTo(204);
    }

    @Test
    void lists_filter_and_bad_parameters_are_a_400() {
        startTask("sales2", Roles.LEGAL);

        assertThat(as("sales2").get("/api/tasks?list=everything").statusCode()).isEqualTo(400);
        assertThat(as("sales2").get("/api/tasks?sort=colour").statusCode()).isEqualTo(400);
        JsonNode overdue = body(as("sales2").get("/api/tasks?due=OVERDUE"));
        assertThat(overdue.get("total").asLong()).isZero();
        JsonNode byProcess = body(as("sales2").get("/api/tasks?process=test-assigned-task&q=note"));
        assertThat(byProcess.get("total").asLong()).isPositive();
        assertThat(byProcess.get("items").get(0).get("sla").asText()).isEqualTo("NO_DUE_DATE");
        assertThat(as("sales2").get("/api/tasks?list=team").statusCode()).isEqualTo(200);
        assertThat(body(as("sales2").get("/api/tasks?list=team")).get("total").asLong()).isZero();
    }
}
