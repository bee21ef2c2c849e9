package com.salesflow.insight;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Classification runs and what they found, for the Insight screen and {@code /api/insight}. Starting a run is for
 * admins, directors and supervisors; the results are shown to them and to salespeople, each within their data scope.
 */
public interface Insight {

    /**
     * Starts a run on demand and returns at once; the run works in the background and updates its progress.
     * Refused with a conflict ({@code insight.running}) while another run is under way.
     */
    InsightRun start();

    /** Newest first. */
    List<InsightRun> runs(int limit);

    InsightRun run(long id);

    /** Whether the caller may start a run (the button). */
    boolean mayStart();

    /** Class changes of one customer in the caller's scope, newest first. */
    List<ClassChange> history(long customerId);

    /** Customers per class at the end of each of the last {@code runs} finished runs, oldest run first. */
    List<ClassCount> trend(ClassKind kind, int runs);

    /** Open replenishment follow-ups in the caller's scope, soonest first. */
    Page<ReplenishmentView> replenishments(Pageable pageable);

    /** Pending grade suggestions in the caller's scope. */
    List<GradeSuggestionView> pendingSuggestions();
}
