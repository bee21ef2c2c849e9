package com.salesflow.opportunity.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityFilter;
import com.salesflow.opportunity.OpportunityForm;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.opportunity.PipelineStage;
import com.salesflow.opportunity.StageChange;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/opportunities} as in CONTRACTS.md; scope and stage rules live in {@link Opportunities}. */
@RestController
@Tag(name = "opportunities")
class OpportunityController {

    private static final List<String> SORTABLE = List.of("createdAt", "updatedAt", "name", "amount", "probability",
            "expectedClose", "owner", "stageChangedAt", "lastFollowUpAt", "nextFollowUpAt", "closedAt");

    private final Opportunities opportunities;

    OpportunityController(Opportunities opportunities) {
        this.opportunities = opportunities;
    }

    @GetMapping("/api/opportunities")
    @Operation(summary = "Opportunities in the caller's scope, searched and filtered; newest first by default. "
            + "stage may repeat; closingFrom/closingTo bound the expected close")
    PageResult<OpportunitySummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Set<OpportunityStage> stage,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String team,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingTo,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "-createdAt") String sort) {
        OpportunityFilter filter = new OpportunityFilter(q, stage, owner, team, customerId, closingFrom, closingTo,
                overdue, null);
        return PageResult.of(opportunities.list(filter, Paging.pageable(page, size, sort, SORTABLE, "id")), o -> o);
    }

    /** The pipeline board's sums: every stage in order, and the open stages' totals. */
    record Pipeline(List<PipelineStage> stages, long openCount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openAmount,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal openWeightedAmount) {
    }

    @GetMapping("/api/opportunities/pipeline")
    @Operation(summary = "Count, amount and probability-weighted amount per stage, in the caller's scope; the same "
            + "filters as the list; closedSince leaves out opportunities won or lost before that day")
    Pipeline pipeline(@RequestParam(required = false) String q, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String team, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closedSince) {
        List<PipelineStage> stages = opportunities.pipeline(new OpportunityFilter(q, Set.of(), owner, team,
                customerId, closingFrom, closingTo, false, closedSince));
        List<PipelineStage> open = stages.stream().filter(s -> !s.stage().isClosed()).toList();
        return new Pipeline(stages, open.stream().mapToLong(PipelineStage::count).sum(),
                open.stream().map(PipelineStage::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                open.stream().map(PipelineStage::weightedAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @GetMapping("/api/opportunities/{id}")
    OpportunitySummary get(@PathVariable long id) {
        return opportunities.get(id);
    }

    @PostMapping("/api/opportunities")
    @Operation(summary = "Open an opportunity for a customer the caller sees (stage QUALIFICATION)")
    ResponseEntity<OpportunitySummary> create(@RequestBody OpportunityForm form) {
        OpportunitySummary created = opportunities.create(form);
        return ResponseEntity.created(URI.create("/api/opportunities/" + created.id())).body(created);
    }

    @PutMapping("/api/opportunities/{id}")
    @Operation(summary = "Edit the fields (not the stage) with the version read; a stale version is a 409")
    OpportunitySummary update(@PathVariable long id, @RequestBody OpportunityForm form) {
        return opportunities.update(id, form);
    }

    @PostMapping("/api/opportunities/{id}/stage")
    @Operation(summary = "Move to another stage with the version read: LOST needs lossReason; 409 when stale")
    OpportunitySummary move(@PathVariable long id, @RequestBody StageChange change) {
        return opportunities.moveTo(id, change);
    }
}
