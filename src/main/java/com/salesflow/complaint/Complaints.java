package com.salesflow.complaint;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Complaints (客户投诉) and the {@code complaint-handling} process that drives each of them. The service group and
 * admins see all complaints, directors too; a salesperson the complaints of their customers, a supervisor their
 * teams'. A complaint outside the caller's scope does not exist for them ({@link com.salesflow.shared.NotFoundException}).
 */
public interface Complaints {

    /**
     * Registers a complaint and starts its handling; answers the new complaint's id. Called by a signed-in user (the
     * customer must be in their scope) or by a process without one (the registrar is then {@code system}), also
     * from inside another process's transaction.
     */
    long register(ComplaintForm form);

    Page<ComplaintSummary> list(ComplaintFilter filter, Pageable pageable);

    long count(ComplaintFilter filter);

    ComplaintDetails get(long id);

    /** The caller (service) takes the complaint from the service group's queue. */
    ComplaintDetails take(long id);

    /** Records the resolution and sends it to the customer for confirmation; ends the SLA clock. */
    ComplaintDetails resolve(long id, ResolutionForm form);

    /** Records the customer's answer: satisfied closes the complaint, not satisfied reopens it. */
    ComplaintDetails confirm(long id, ConfirmationForm form);

    /** Repurchase by complaint outcome, over the complaints in the caller's scope. */
    RepurchaseReport repurchaseReport();
}
