package com.salesflow.revisit.web;

import com.salesflow.customer.Grade;
import com.salesflow.revisit.RevisitFilter;
import com.salesflow.revisit.RevisitStatus;
import com.salesflow.revisit.RevisitView;
import com.salesflow.revisit.Revisits;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/revisits}: post-sale revisits in the caller's scope. Revisits are recorded through their tasks. */
@RestController
@Tag(name = "revisits")
class RevisitController {

    private static final List<String> SORTABLE = List.of("dueAt", "completedAt", "satisfaction", "status", "seq",
            "assignee", "createdAt");

    private final Revisits revisits;

    RevisitController(Revisits revisits) {
        this.revisits = revisits;
    }

    @GetMapping("/api/revisits")
    @Operation(summary = "Revisits in the caller's scope, soonest due first by default; q searches the order number, "
            + "feedback and new needs; status may repeat; dueFrom/dueTo are inclusive days")
    PageResult<RevisitView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Set<RevisitStatus> status, @RequestParam(required = false) Grade grade,
            @RequestParam(required = false) Integer satisfaction, @RequestParam(required = false) String owner,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "dueAt") String sort) {
        RevisitFilter filter = new RevisitFilter(q, status == null ? Set.of() : status, grade, satisfaction, owner,
                customerId, dueFrom, dueTo);
        return PageResult.of(revisits.search(filter, Paging.pageable(page, size, sort, SORTABLE, "id")), r -> r);
    }

    @GetMapping("/api/revisits/{id}")
    @Operation(summary = "One revisit; 404 when it does not exist or is outside the caller's scope")
    RevisitView get(@PathVariable long id) {
        return revisits.get(id);
    }
}
