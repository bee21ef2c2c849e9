package com.salesflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.identity.Roles;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
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
        String key = "Bad-" + System.nanoTime();
        startTask("sales2", Roles.LEGAL, key, null);

        assertThat(as("sales2").get("/api/tasks?list=everything").statusCode()).isEqualTo(400);
        assertThat(as("sales2").get("/api/tasks?sort=colour").statusCode()).isEqualTo(400);
        JsonNode overdue = body(as("sales2").get("/api/tasks?due=OVERDUE&q=" + key));
        assertThat(overdue.get("total").asLong()).isZero();
        JsonNode byProcess = body(as("sales2").get("/api/tasks?process=test-assigned-task&q=" + key));
        assertThat(byProcess.get("total").asLong()).isPositive();
        assertThat(byProcess.get("items").get(0).get("sla").asText()).isEqualTo("NO_DUE_DATE");
        assertThat(as("sales2").get("/api/tasks?list=team").statusCode()).isEqualTo(200);
        assertThat(body(as("sales2").get("/api/tasks?list=team")).get("total").asLong()).isZero();
    }

    @Test
    void filters_sorts_and_pages_find_the_same_tasks_as_the_engine() {
        String key = "Filter-" + System.nanoTime();
        Instant now = Instant.now();
        String overdue = startTask("sales2", Roles.LEGAL, key + "-a", 4242L);
        String later = startTask("sales2", Roles.LEGAL, key + "-b", null);
        String undated = startTask("sales2", Roles.LEGAL, key + "-c", 4242L);
        plan(overdue, now.minus(Duration.ofHours(2)), 80);
        plan(later, now.plus(Duration.ofDays(40)), 50);
        String search = "/api/tasks?size=50&q=" + key.toLowerCase();

        assertThat(ids(search)).containsExactlyInAnyOrder(overdue, later, undated);
        assertThat(ids(search + "&customerId=4242")).containsExactlyInAnyOrder(overdue, undated);
        assertThat(ids(search + "&minPriority=70")).containsExactly(overdue);
        assertThat(ids(search + "&due=OVERDUE")).containsExactly(overdue);
        assertThat(ids(search + "&due=THIS_WEEK")).doesNotContain(later, undated);
        assertThat(ids(search + "&process=no-such-process")).isEmpty();
        List<String> engineOrder = engineTasks.createTaskQuery().taskAssignee("sales2")
                .processInstanceBusinessKeyLike(key + "%").orderByDueDate().asc().orderByTaskId().asc().list()
                .stream().map(Task::getId).toList();
        assertThat(ids(search + "&sort=due")).containsExactlyElementsOf(engineOrder);
        JsonNode secondPage = body(as("sales2").get("/api/tasks?size=2&page=1&sort=due&q=" + key));
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
        assertThat(secondPage.get("items").get(0).get("id").asText()).isEqualTo(engineOrder.get(2));
        assertThat(ids("/api/tasks?size=50&sort=-priority&q=" + key).get(0)).isEqualTo(overdue);

        String offered = startTask(null, Roles.SALES, key + "-d", null);
        assertThat(ids("/api/tasks?list=group&size=50&q=" + key)).containsExactly(offered);
        assertThat(as("sales1").postJson("/api/tasks/" + offered + "/claim", "").statusCode()).isEqualTo(200);
        assertThat(ids("/api/tasks?list=group&size=50&q=" + key)).isEmpty();
    }

    @Test
    void the_assignee_delegates_to_a_teammate_and_gets_the_task_back_with_the_values() {
        String taskId = startTask("sales1", Roles.LEGAL);

        HttpResponse<String> otherTeam = as("sales1").postJson("/api/tasks/" + taskId + "/delegate",
                "{\"assignee\":\"sales3\"}");
        assertThat(otherTeam.statusCode()).as(otherTeam.body()).isEqualTo(400);
        assertThat(as("sales2").postJson("/api/tasks/" + taskId + "/delegate", "{\"assignee\":\"sales2\"}")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> delegated = as("sales1").postJson("/api/tasks/" + taskId + "/delegate",
                "{\"assignee\":\"sales2\"}");
        assertThat(delegated.statusCode()).as(delegated.body()).isEqualTo(200);
        assertThat(body(delegated).get("task").get("delegatedBy").asText()).isEqualTo("sales1");
        assertThat(listed("sales2", "mine", taskId)).isTrue();
        assertThat(listed("sales1", "delegated", taskId)).isTrue();
        assertThat(listed("sales1", "mine", taskId)).isFalse();
        assertThat(body(as("sales1").get("/api/tasks/" + taskId)).get("mayComplete").asBoolean()).isFalse();
        assertThat(as("sales1").postJson("/api/tasks/" + taskId + "/complete", "{\"note\":\"x\"}").statusCode())
                .isEqualTo(409);
        HttpResponse<String> again = as("sales2").postJson("/api/tasks/" + taskId + "/delegate",
                "{\"assignee\":\"supervisor\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("code").asText()).isEqualTo("task.delegatedAlready");

        assertThat(as("sales2").postJson("/api/tasks/" + taskId + "/complete", "{\"note\":\"Prices checked\"}")
                .statusCode()).isEqualTo(204);
        Task back = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        assertThat(back.getAssignee()).isEqualTo("sales1");
        assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
        assertThat(engineTasks.getVariable(taskId, "note")).isEqualTo("Prices checked");
        assertThat(listed("sales1", "delegated", taskId)).isFalse();
        JsonNode form = body(as("sales1").get("/api/tasks/" + taskId + "/form"));
        assertThat(form.get("values").get("note").asText()).isEqualTo("Prices checked");

        assertThat(as("sales1").postJson("/api/tasks/" + taskId + "/delegate", "{\"assignee\":\"supervisor\"}")
                .statusCode()).isEqualTo(200);
        assertThat(as("supervisor").postJson("/api/tasks/" + taskId + "/unclaim", "").statusCode()).isEqualTo(204);
        assertThat(engineTasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("sales1");
        assertThat(as("sales1").postJson("/api/tasks/" + taskId + "/complete", "{\"note\":\"Sent\"}")
                .statusCode()).isEqualTo(204);
        assertThat(engineTasks.createTaskQuery().taskId(taskId).count()).isZero();
    }

    private String startTask(String assignee, String candidateGroup, String businessKey, Long customerId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", assignee);
        variables.put("candidateGroup", candidateGroup);
        if (customerId != null) {
            variables.put("customerId", customerId);
        }
        runtime.startProcessInstanceByKey("test-assigned-task", businessKey, variables);
        return engineTasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private void plan(String taskId, Instant due, int priority) {
        Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
        task.setDueDate(Date.from(due));
        task.setPriority(priority);
        engineTasks.saveTask(task);
    }

    private List<String> ids(String path) {
        HttpResponse<String> response = as("sales2").get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        body(response).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
