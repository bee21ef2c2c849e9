package com.salesflow.opportunity;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the list, the board and the pipeline sums; null (or empty) means "any". {@code text} searches the name,
 * the competitors and the names of the customers the caller sees. {@code owner} is a login, {@code team} a team code
 * (its members and supervisor). {@code closingFrom}/{@code closingTo} bound the
 * expected close (inclusive); {@code overdueOnly} keeps open ones whose expected close has passed;
 * {@code closedSince} leaves out won and lost ones closed before that day (open ones stay).
 */
public record OpportunityFilter(String text, Set<OpportunityStage> stages, String owner, String team, Long customerId,
        LocalDate closingFrom, LocalDate closingTo, boolean overdueOnly, LocalDate closedSince) {

    public OpportunityFilter {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
    }

    public static OpportunityFilter any() {
        return new OpportunityFilter(null, Set.of(), null, null, null, null, null, false, null);
    }

    public OpportunityFilter withStages(Set<OpportunityStage> only) {
        return new OpportunityFilter(text, only, owner, team, customerId, closingFrom, closingTo, overdueOnly,
                closedSince);
    }
}
