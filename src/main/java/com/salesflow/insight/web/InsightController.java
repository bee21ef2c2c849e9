package com.salesflow.insight.web;

import com.salesflow.insight.ClassChange;
import com.salesflow.insight.ClassCount;
import com.salesflow.insight.ClassKind;
import com.salesflow.insight.GradeSuggestionView;
import com.salesflow.insight.Insight;
import com.salesflow.insight.InsightRun;
import com.salesflow.insight.ReplenishmentView;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/insight}: classification runs, class history and trend, replenishments, grade suggestions. */
@RestController
@Tag(name = "insight")
class InsightController {

    private final Insight insight;

    InsightController(Insight insight) {
        this.insight = insight;
    }

    @GetMapping("/api/insight/runs")
    @Operation(summary = "Classification runs, newest first")
    List<InsightRun> runs(@RequestParam(defaultValue = "20") int limit) {
        return insight.runs(limit);
    }

    @PostMapping("/api/insight/runs")
    @Operation(summary = "Start a classification run now (admins, directors, supervisors); 409 while one runs. "
            + "Poll GET /api/insight/runs/{id} for its progress")
    ResponseEntity<InsightRun> start() {
        InsightRun run = insight.start();
        return ResponseEntity.created(URI.create("/api/insight/runs/" + run.id())).body(run);
    }

    @GetMapping("/api/insight/runs/{id}")
    @Operation(summary = "One run with its progress: processed of total customers, status RUNNING, DONE or FAILED")
    InsightRun run(@PathVariable long id) {
        return insight.run(id);
    }

    @GetMapping("/api/insight/customers/{id}/history")
    @Operation(summary = "A customer's class changes (RFM_TIER, LIFECYCLE, GRADE, DROPPED), newest first")
    List<ClassChange> history(@PathVariable long id) {
        return insight.history(id);
    }

    @GetMapping("/api/insight/trend")
    @Operation(summary = "Customers per class value at the end of each of the last runs")
    List<ClassCount> trend(@RequestParam(defaultValue = "RFM_TIER") ClassKind kind,
            @RequestParam(defaultValue = "12") int runs) {
        return insight.trend(kind, runs);
    }

    @GetMapping("/api/insight/replenishments")
    @Operation(summary = "Open replenishment follow-ups in the caller's scope, soonest predicted date first")
    PageResult<ReplenishmentView> replenishments(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResult.of(insight.replenishments(Paging.pageable(page, size, "nextDate", List.of("nextDate"))), item -> item);
    }

    @GetMapping("/api/insight/grade-suggestions")
    @Operation(summary = "Pending grade suggestions in the caller's scope")
    List<GradeSuggestionView> suggestions() {
        return insight.pendingSuggestions();
    }
}
