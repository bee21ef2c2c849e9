package com.salesflow.task.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import com.salesflow.task.DueFilter;
import com.salesflow.task.TaskDetails;
import com.salesflow.task.TaskFilter;
import com.salesflow.task.TaskList;
import com.salesflow.task.TaskSummary;
import com.salesflow.task.Tasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/tasks} as in CONTRACTS.md; the rules live in {@link Tasks}. */
@RestController
@Tag(name = "tasks")
class TaskController {

    record FormResponse(String formId, JsonNode schema, Map<String, Object> values) {
    }

    record Reassign(String assignee) {
    }

    record FollowUp(Instant followUp) {
    }

    record Comment(String text) {
    }

    private final Tasks tasks;
    private final ObjectMapper json;

    TaskController(Tasks tasks, ObjectMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    @GetMapping("/api/tasks")
    @Operation(summary = "The caller's tasks: list=mine (default), group (offered, unclaimed), team (supervisors) "
            + "or delegated (delegated by the caller, not yet returned)")
    PageResult<TaskSummary> list(@RequestParam(defaultValue = "mine") String list,
            @RequestParam(required = false) String q, @RequestParam(required = false) String process,
            @RequestParam(required = false) String name, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) DueFilter due, @RequestParam(required = false) Integer minPriority,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "due") String sort) {
        TaskList which = switch (list.toLowerCase(Locale.ROOT)) {
            case "mine" -> TaskList.MINE;
            case "group" -> TaskList.GROUP;
            case "team" -> TaskList.TEAM;
            case "delegated" -> TaskList.DELEGATED;
            default -> throw InvalidInputException.of("list", "task.list", "list is mine, group, team or delegated");
        };
        TaskFilter filter = new TaskFilter(process, name, customerId, due, minPriority, q);
        Page<TaskSummary> tasksPage = tasks.list(which, filter, pageable(page, size, sort));
        return PageResult.of(tasksPage, task -> task, tasksPage.getTotalElements() >= Tasks.COUNT_LIMIT);
    }

    @GetMapping("/api/tasks/{id}")
    TaskDetails get(@PathVariable String id) {
        return tasks.get(id);
    }

    @GetMapping("/api/tasks/{id}/form")
    @Operation(summary = "The form-js schema of the task's form and the current values of its fields")
    FormResponse form(@PathVariable String id) throws IOException {
        Tasks.TaskFormData form = tasks.form(id);
        return new FormResponse(form.formId(), json.readTree(form.schemaJson()), form.values());
    }

    @PostMapping("/api/tasks/{id}/claim")
    ResponseEntity<TaskDetails> claim(@PathVariable String id) {
        tasks.claim(id);
        return ResponseEntity.ok(tasks.get(id));
    }

    @PostMapping("/api/tasks/{id}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        tasks.unclaim(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/tasks/{id}/complete")
    @Operation(summary = "Complete with the form's values keyed by field key; checked against the form (400)")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) Map<String, Object> values) {
        tasks.complete(id, values == null ? Map.of() : values);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/tasks/{id}/assignee")
    @Operation(summary = "A supervisor gives the task to another member of the team")
    TaskDetails reassign(@PathVariable String id, @RequestBody Reassign body) {
        tasks.reassign(id, body.assignee());
        return tasks.get(id);
    }

    @PostMapping("/api/tasks/{id}/delegate")
    @Operation(summary = "The assignee asks a teammate to do the task; it comes back when the teammate completes it")
    TaskDetails delegate(@PathVariable String id, @RequestBody Reassign body) {
        tasks.delegate(id, body.assignee());
        return tasks.get(id);
    }

    @PutMapping("/api/tasks/{id}/follow-up")
    TaskDetails followUp(@PathVariable String id, @RequestBody FollowUp body) {
        tasks.setFollowUp(id, body.followUp());
        return tasks.get(id);
    }

    @PostMapping("/api/tasks/{id}/comments")
    TaskDetails comment(@PathVariable String id, @RequestBody Comment body) {
        tasks.addComment(id, body.text());
        return tasks.get(id);
    }

    private static Pageable pageable(int page, int size, String sort) {
        return Paging.pageable(page, size, sort, Tasks.SORTS);
    }
}
