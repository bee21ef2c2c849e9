package com.salesflow.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Contracts (合同) drafted from accepted quotes, their orders, deliveries and payment plans.
 *
 * <p>Scope: as customers, by the contract's owner: a salesperson their own, a supervisor their teams', directors,
 * finance, legal, service and admins all; one outside the scope is a 404. The owner (or their supervisor, a
 * director, an admin) edits, submits, signs, delivers and cancels; the payment plan and payments are also finance's.
 * Others who see it get 403.
 *
 * <p>The {@code contract-approval} process drives it: the approvals themselves are tasks in the task list. Bad input
 * is a 400 with field errors and nothing saved; a stale {@code version} or a step the process is not at is a 409.
 */
public interface Contracts {

    Page<ContractSummary> list(ContractFilter filter, Pageable pageable);

    long count(ContractFilter filter);

    ContractDetails get(long id);

    /** The contract drafted from a quote (any version of it), in the caller's scope. */
    Optional<ContractSummary> ofQuote(long quoteId);

    /** Edits before signing; after the first submit this is an amendment (new version, approved again). */
    ContractDetails update(long id, ContractForm form);

    /** Sends the DRAFT or SENT_BACK contract into approval (400 when the payment plan does not add up). */
    ContractDetails submit(long id, long version);

    /** Replaces the payment plan before signing. */
    ContractDetails savePlan(long id, PaymentPlanForm plan);

    /** Records the signature of an APPROVED contract with its signed copy; the order is created. */
    ContractDetails sign(long id, LocalDate signedOn, SignedCopy copy, long version);

    SignedCopy signedCopy(long id);

    ContractDetails recordDelivery(long id, DeliveryForm form);

    ContractDetails recordPayment(long id, PaymentForm form);

    /** Ends the contract and its process; open instalments are cancelled, recorded deliveries and payments stay. */
    ContractDetails cancel(long id, CancelForm form);

    /** Contracts of a customer, newest first, in the caller's scope. */
    List<ContractSummary> ofCustomer(long customerId);
}
