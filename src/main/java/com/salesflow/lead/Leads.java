package com.salesflow.lead;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Leads and their intake. Who sees what: salespeople their own leads, supervisors their teams' leads, directors and
 * admins all, and everyone the leads they entered; others none (404).
 */
public interface Leads {

    /**
     * Checks the form (400 with field errors, nothing saved), saves the lead and starts {@code lead-qualification}
     * in the same transaction: on return the lead is scored and routed, or merged into an open duplicate.
     */
    LeadDetails submit(LeadForm form);

    LeadDetails get(long id);

    Page<LeadSummary> list(LeadFilter filter, Pageable pageable);

    long count(LeadFilter filter);

    /**
     * The steps of the lead's {@code lead-qualification} instance so far, in the order they started: tasks, service
     * steps and events that have a name (gateways left out). Same scope as {@link #get}.
     */
    List<LeadStep> history(long leadId);

    /** The open task of the lead's process that is assigned to the signed-in user, if any. Same scope as {@link #get}. */
    Optional<String> openTaskId(long leadId);
}
