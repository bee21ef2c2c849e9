package com.salesflow.complaint.web;

import com.salesflow.complaint.ComplaintCategory;
import com.salesflow.complaint.ComplaintDetails;
import com.salesflow.complaint.ComplaintFilter;
import com.salesflow.complaint.ComplaintForm;
import com.salesflow.complaint.ComplaintSeverity;
import com.salesflow.complaint.ComplaintStatus;
import com.salesflow.complaint.ComplaintSummary;
import com.salesflow.complaint.Complaints;
import com.salesflow.complaint.ConfirmationForm;
import com.salesflow.complaint.RepurchaseReport;
import com.salesflow.complaint.ResolutionForm;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/complaints}: register complaints, list and read them, and the service group's steps (take, resolve,
 * confirm or reopen). Scope, rules and the process live in {@link Complaints}; this only speaks HTTP.
 */
@RestController
@Tag(name = "complaints")
class ComplaintController {

    private static final List<String> SORTABLE = List.of("registeredAt", "number", "severity", "status",
            "slaDueAt", "resolvedAt", "owner", "assignee");

    private final Complaints complaints;

    ComplaintController(Complaints complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/api/complaints")
    @Operation(summary = "Complaints in the caller's scope, newest first by default; q searches the number, the "
            + "description and the customer's name; status, severity and category may repeat")
    PageResult<ComplaintSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Set<ComplaintStatus> status,
            @RequestParam(required = false) Set<ComplaintSeverity> severity,
            @RequestParam(required = false) Set<ComplaintCategory> category,
            @RequestParam(required = false) String owner, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Boolean slaBreached,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "-registeredAt") String sort) {
        ComplaintFilter filter = new ComplaintFilter(q, status == null ? Set.of() : status,
                severity == null ? Set.of() : severity, category == null ? Set.of() : category, owner, customerId,
                slaBreached);
        return PageResult.of(complaints.list(filter, Paging.pageable(page, size, sort, SORTABLE, "id")), s -> s);
    }

    @PostMapping("/api/complaints")
    @Operation(summary = "Registers a complaint (customerId, category, severity, channel, description, optional "
            + "contractId and revisitId) and starts complaint-handling; 201 with the complaint")
    ResponseEntity<ComplaintDetails> register(@RequestBody ComplaintForm form) {
        long id = complaints.register(form);
        return ResponseEntity.created(URI.create("/api/complaints/" + id)).body(complaints.get(id));
    }

    @GetMapping("/api/complaints/report")
    @Operation(summary = "Repurchase rate by complaint outcome next to the seed's figures (9/19/54/82 %)")
    RepurchaseReport report() {
        return complaints.repurchaseReport();
    }

    @GetMapping("/api/complaints/{id}")
    @Operation(summary = "One complaint with its SLA, resolution, trail and the caller's actions")
    ComplaintDetails get(@PathVariable long id) {
        return complaints.get(id);
    }

    @PostMapping("/api/complaints/{id}/take")
    @Operation(summary = "Service takes the complaint from the group's queue")
    ComplaintDetails take(@PathVariable long id) {
        return complaints.take(id);
    }

    @PostMapping("/api/complaints/{id}/resolve")
    @Operation(summary = "Records the resolution and root cause (service); ends the SLA clock")
    ComplaintDetails resolve(@PathVariable long id, @RequestBody ResolutionForm form) {
        return complaints.resolve(id, form);
    }

    @PostMapping("/api/complaints/{id}/confirm")
    @Operation(summary = "The customer's answer (service): satisfied closes, not satisfied (feedback required) "
            + "reopens")
    ComplaintDetails confirm(@PathVariable long id, @RequestBody ConfirmationForm form) {
        return complaints.confirm(id, form);
    }
}
