package com.salesflow.opportunity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Opportunities (商机) of customers and the pipeline they make up.
 *
 * <p>Methods for people ({@link #list}, {@link #get}, {@link #create}, {@link #update}, {@link #moveTo},
 * {@link #pipeline}) work in the caller's scope, by the opportunity's owner (as {@code Customers} decides scope): a
 * salesperson their own, a supervisor their teams', directors, finance, legal, service and admins all. One outside
 * the scope does not exist for the caller (404). Writing needs the sales or supervisors role within the scope, or
 * directors or admins; others who see it get 403. Edits and moves carry the version the caller read: a stale one is
 * a 409 ({@code conflict.stale}).
 *
 * <p>Methods for other modules ({@link #open}, {@link #find}, {@link #ofCustomer}, {@link #advanceTo},
 * {@link #markWon}, {@link #markLost}) trust their caller to have checked who may do this, as the lead process and
 * quotes do.
 *
 * <p>Stage rules: WON and LOST close an opportunity (probability 100 and 0, closed date set); LOST needs a
 * {@link LossReason}. A lost opportunity may be reopened to any open stage by whoever may edit it; a won one only by
 * a supervisor, director or admin (contracts and orders follow a win). While not set by hand, the probability
 * follows the stage's default. Every move publishes {@link OpportunityStageChanged}.
 */
public interface Opportunities {

    /** Opens an opportunity in stage QUALIFICATION; field errors (400) for a blank name or a negative amount. */
    OpportunitySummary open(NewOpportunity opportunity);

    /** Any opportunity, whoever asks (without {@code customerName}). */
    Optional<OpportunitySummary> find(long id);

    /** Names by id, whoever asks (for lists of what hangs off opportunities, such as quotes); unknown ids left out. */
    java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids);

    /** Newest first, whoever asks. */
    List<OpportunitySummary> ofCustomer(long customerId);

    Page<OpportunitySummary> list(OpportunityFilter filter, Pageable pageable);

    long count(OpportunityFilter filter);

    /** Count, amount and weighted amount per stage (every stage, in pipeline order, zeros included). */
    List<PipelineStage> pipeline(OpportunityFilter filter);

    OpportunitySummary get(long id);

    /** A new opportunity for a customer the caller sees, in QUALIFICATION. */
    OpportunitySummary create(OpportunityForm form);

    /** Edits the fields of {@link OpportunityForm} (not the stage). */
    OpportunitySummary update(long id, OpportunityForm form);

    /** Moves to another stage (no change when it is there already). */
    OpportunitySummary moveTo(long id, StageChange change);

    /**
     * Moves an open opportunity forward to {@code stage} (an open stage), e.g. PROPOSAL when a quote is drafted and
     * NEGOTIATION when it is sent; no change when it is at or past that stage or closed.
     */
    OpportunitySummary advanceTo(long id, OpportunityStage stage);

    /** Closes as WON (e.g. the quote was accepted); no change when won already. */
    OpportunitySummary markWon(long id);

    /** Closes as LOST with a reason (e.g. the quote was rejected); no change when lost already. */
    OpportunitySummary markLost(long id, LossReason reason, String note);

    default OpportunitySummary markLost(long id, LossReason reason) {
        return markLost(id, reason, null);
    }
}
