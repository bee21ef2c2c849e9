package com.salesflow.contract.internal;

import com.salesflow.contract.ApprovalStep;
import com.salesflow.contract.CancelReason;
import com.salesflow.contract.ContractAction;
import com.salesflow.contract.ContractStatus;
import com.salesflow.contract.CreditDecision;
import com.salesflow.contract.InstalmentStatus;
import com.salesflow.contract.OrderDelivered;
import com.salesflow.customer.CreditProfile;
import com.salesflow.customer.CustomerCredit;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.opportunity.LossReason;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.QuoteLine;
import com.salesflow.quote.Quotes;
import com.salesflow.shared.DocumentNumbers;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.workflow.Decisions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of {@code contract-approval} do to contracts, called by its delegates (in the engine's
 * transaction, which is the caller's). Rules that a process designer changes live in the decision tables
 * {@code credit-check} and {@code contract-approval-level}; separation of duties stays here.
 */
@Service
@Transactional
class ContractSteps {

    static final String NUMBER_PREFIX = "HT";
    static final String ORDER_PREFIX = "DD";
    private static final String NO_ACTOR = "system";

    private final ContractRepository contracts;
    private final ContractTrailRepository trail;
    private final InstalmentRepository instalments;
    private final OrderRepository orders;
    private final Quotes quotes;
    private final CustomerCredit credit;
    private final Opportunities opportunities;
    private final UserDirectory directory;
    private final Decisions decisions;
    private final DocumentNumbers numbers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractSteps(ContractRepository contracts, ContractTrailRepository trail, InstalmentRepository instalments,
            OrderRepository orders, Quotes quotes, CustomerCredit credit, Opportunities opportunities,
            UserDirectory directory, Decisions decisions, DocumentNumbers numbers, ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.trail = trail;
        this.instalments = instalments;
        this.orders = orders;
        this.quotes = quotes;
        this.credit = credit;
        this.opportunities = opportunities;
        this.directory = directory;
        this.decisions = decisions;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
    }

    record Drafted(long contractId, String number, String owner) {
    }

    /**
     * The contract of an accepted quote, with its lines and totals copied and a payment plan of one instalment due
     * after the payment terms. A retried step finds the contract it made.
     */
    Drafted draft(long quoteId, String processInstanceId) {
        ContractRecord existing = contracts.findByQuoteId(quoteId).orElse(null);
        if (existing != null) {
            return new Drafted(existing.getId(), existing.getNumber(), existing.getOwner());
        }
        QuoteDetails quote = quotes.accepted(quoteId);
        Instant now = clock.instant();
        int termsDays = quote.paymentTermsDays() == null ? 30 : quote.paymentTermsDays();
        ContractRecord contract = new ContractRecord(numbers.next(NUMBER_PREFIX), quoteId, quote.summary().number(),
                quote.summary().opportunityId(), quote.summary().customerId(), quote.summary().owner(),
                quote.summary().currency(), quote.language(), quote.headerDiscountPercent() == null ? BigDecimal.ZERO
                        : quote.headerDiscountPercent(), termsDays, quote.terms(), NO_ACTOR, now);
        for (QuoteLine line : quote.lines()) {
            contract.addLine(new ContractLineRecord(line.position(), line.productId(), line.productCode(),
                    line.productNameEn(), line.productNameZh(), line.unit(), line.quantity(), line.unitPrice(),
                    line.discountPercent(), line.taxRate(), line.net(), line.tax()));
        }
        contract.retotal();
        contract.processStarted(processInstanceId);
        contracts.save(contract);
        instalments.save(new InstalmentRecord(contract.getId(), 1, LocalDate.now(clock).plusDays(termsDays),
                contract.getTotal(), false, contract.getCustomerId(), contract.getOwner(), contract.getCurrency()));
        record(contract, ContractAction.DRAFTED, null, NO_ACTOR, "From quote " + quote.summary().label());
        return new Drafted(contract.getId(), contract.getNumber(), contract.getOwner());
    }

    /** The draft goes into approval: the payment plan must add up to the total. */
    void submitted(long contractId, String by, String note) {
        ContractRecord contract = contract(contractId);
        PlanCheck.requireSum(instalments.findByContractIdOrderBySeqAsc(contractId).stream()
                .map(InstalmentRecord::getAmount).toList(), contract.getTotal());
        Instant now = clock.instant();
        contract.submitted(now);
        contract.touched(by == null ? contract.getOwner() : by, now);
        record(contract, ContractAction.SUBMITTED, null, by == null ? contract.getOwner() : by,
                note == null || note.isBlank() ? null : note.strip());
    }

    record Credit(CreditDecision decision, BigDecimal prepaymentPercent, boolean needsLegal) {
    }

    /** Evaluates {@code credit-check} with the customer's rating, limit and open receivables. */
    Credit checkCredit(long contractId) {
        ContractRecord contract = contract(contractId);
        CreditProfile profile = credit.creditOf(contract.getCustomerId());
        BigDecimal limit = profile.creditLimit() == null ? BigDecimal.ZERO : profile.creditLimit();
        BigDecimal open = instalments.openOfCustomerOutside(contract.getCustomerId(), contractId);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("creditRating", profile.rating() == null ? "NONE" : profile.rating().name());
        inputs.put("creditLimit", limit.doubleValue());
        inputs.put("openReceivables", open.doubleValue());
        inputs.put("available", limit.subtract(open).doubleValue());
        inputs.put("amount", contract.getTotal().doubleValue());
        inputs.put("paymentTermsDays", contract.getPaymentTermsDays());
        DmnDecisionResultEntries result = decisions.evaluateLatest("credit-check", inputs).getSingleResult();
        CreditDecision decision = CreditDecision.valueOf((String) result.get("creditDecision"));
        Object percent = result.get("prepaymentPercent");
        BigDecimal prepayment = decision == CreditDecision.PREPAYMENT && percent != null
                ? new BigDecimal(percent.toString()) : null;
        String reason = zh(contract) && result.get("reasonZh") != null ? (String) result.get("reasonZh")
                : (String) result.get("reason");
        contract.creditChecked(decision, prepayment, reason);
        record(contract, ContractAction.CREDIT_CHECKED, null, NO_ACTOR, decision + (prepayment == null ? ""
                : " " + prepayment.stripTrailingZeros().toPlainString() + " %") + (reason == null ? "" : ": " + reason)
                + " (rating " + inputs.get("creditRating") + ", limit " + limit.toPlainString() + ", open "
                + open.toPlainString() + ")");
        return new Credit(decision, prepayment, !contract.deviationSet().isEmpty());
    }

    /**
     * Makes the payment plan start with the prepayment the credit check asks for, due in a week, unless the plan's
     * prepayment instalments already cover it; the rest keeps its due dates, scaled to the remaining amount.
     */
    void requirePrepayment(long contractId) {
        ContractRecord contract = contract(contractId);
        BigDecimal required = ContractPricing.share(contract.getTotal(), contract.getPrepaymentPercent());
        List<InstalmentRecord> plan = instalments.findByContractIdOrderBySeqAsc(contractId);
        BigDecimal covered = plan.stream().filter(InstalmentRecord::isPrepayment).map(InstalmentRecord::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (covered.compareTo(required) >= 0) {
            return;
        }
        LocalDate lastDue = plan.stream().map(InstalmentRecord::getDueDate).max(LocalDate::compareTo)
                .orElse(LocalDate.now(clock).plusDays(contract.getPaymentTermsDays()));
        instalments.deleteAll(plan);
        instalments.flush();
        instalments.save(new InstalmentRecord(contractId, 1, LocalDate.now(clock).plusDays(7), required, true,
                contract.getCustomerId(), contract.getOwner(), contract.getCurrency()));
        instalments.save(new InstalmentRecord(contractId, 2, lastDue, contract.getTotal().subtract(required), false,
                contract.getCustomerId(), contract.getOwner(), contract.getCurrency()));
        record(contract, ContractAction.PAYMENT_PLAN_CHANGED, ApprovalStep.FINANCE, NO_ACTOR,
                "Prepayment " + required.toPlainString() + " " + contract.getCurrency() + " required by the credit check");
    }

    record Approver(ApprovalStep level, String supervisor, String reason) {
    }

    /**
     * {@code contract-approval-level} decides whether a supervisor or a director approves; the supervisor's step
     * goes to a supervisor of the owner's team who is not the owner, else to the directors.
     */
    Approver decideApprover(long contractId) {
        ContractRecord contract = contract(contractId);
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("amount", contract.getTotal().doubleValue());
        inputs.put("deviationCount", contract.deviationSet().size());
        inputs.put("creditDecision", contract.getCreditDecision() == null ? "APPROVE"
                : contract.getCreditDecision().name());
        DmnDecisionResultEntries result = decisions.evaluateLatest("contract-approval-level", inputs)
                .getSingleResult();
        ApprovalStep level = ApprovalStep.valueOf((String) result.get("approver"));
        String supervisor = null;
        if (level == ApprovalStep.SUPERVISOR) {
            Set<String> supervisors = new TreeSet<>(directory.supervisorsOf(contract.getOwner()));
            supervisors.remove(contract.getOwner());
            if (supervisors.isEmpty()) {
                level = ApprovalStep.DIRECTOR;
            } else {
                supervisor = supervisors.iterator().next();
            }
        }
        contract.approverLevel(level);
        String reason = zh(contract) && result.get("reasonZh") != null ? (String) result.get("reasonZh")
                : (String) result.get("reason");
        return new Approver(level, supervisor, reason);
    }

    /**
     * Records an approver's decision ({@code APPROVE}, {@code SEND_BACK}, {@code REJECT}; a comment is required for
     * the last two) and returns the outcome: APPROVED, SENT_BACK or REJECTED. The final step's approval approves the
     * contract; a rejection ends it and loses the opportunity.
     */
    String decided(long contractId, ApprovalStep level, boolean finalStep, String decision, String comment,
            String by) {
        ContractRecord contract = contract(contractId);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision == null || !Set.of("APPROVE", "SEND_BACK", "REJECT").contains(decision)) {
            throw InvalidInputException.of("decision", "contract.decision", "Choose approve, send back or reject.");
        }
        if (!"APPROVE".equals(decision) && text == null) {
            throw InvalidInputException.of("comment", "contract.commentRequired",
                    "Say why: a comment is required to send back or reject.");
        }
        Instant now = clock.instant();
        contract.touched(by, now);
        switch (decision) {
            case "APPROVE" -> {
                record(contract, ContractAction.APPROVED, level, by, text);
                if (finalStep) {
                    contract.approved(now);
                }
                return "APPROVED";
            }
            case "SEND_BACK" -> {
                contract.sentBack();
                record(contract, ContractAction.SENT_BACK, level, by, text);
                return "SENT_BACK";
            }
            default -> {
                contract.rejected(now);
                cancelInstalments(contractId);
                record(contract, ContractAction.REJECTED, level, by, text);
                opportunities.markLost(contract.getOpportunityId(), LossReason.OTHER,
                        "Contract " + contract.getNumber() + " rejected: " + text);
                return "REJECTED";
            }
        }
    }

    /** The order of a signed contract; the opportunity is won. @return the instalments to collect */
    List<Long> createOrder(long contractId) {
        ContractRecord contract = contract(contractId);
        if (contract.getStatus() != ContractStatus.SIGNED) {
            throw InvalidInputException.of("signedCopy", "contract.notSigned",
                    "Record the signature with the signed copy on the contract page: that completes this step.");
        }
        if (orders.findByContractId(contractId).isEmpty()) {
            OrderRecord order = orders.save(new OrderRecord(numbers.next(ORDER_PREFIX), contractId, clock.instant()));
            record(contract, ContractAction.ORDER_CREATED, null, NO_ACTOR, order.getNumber());
            opportunities.markWon(contract.getOpportunityId());
        }
        List<InstalmentRecord> plan = instalments.findByContractIdOrderBySeqAsc(contractId);
        plan.forEach(InstalmentRecord::activate);
        return plan.stream().filter(i -> i.getStatus() == InstalmentStatus.OPEN).map(InstalmentRecord::getId)
                .toList();
    }

    record Overdue(String label, String instalmentLabel, String supervisor) {
    }

    Overdue overdue(long contractId, long instalmentId, boolean escalated) {
        ContractRecord contract = contract(contractId);
        InstalmentRecord instalment = instalments.findById(instalmentId).orElseThrow();
        String what = "Instalment " + instalment.getSeq() + " due " + instalment.getDueDate() + ": "
                + instalment.open().toPlainString() + " " + contract.getCurrency() + " open";
        record(contract, escalated ? ContractAction.ESCALATED : ContractAction.OVERDUE, null, NO_ACTOR, what);
        String supervisor = directory.supervisorsOf(contract.getOwner()).stream()
                .filter(s -> !s.equals(contract.getOwner())).sorted().findFirst().orElse(null);
        return new Overdue(contract.getNumber() + " v" + contract.getVersionNo(), what, supervisor);
    }

    void delivered(long contractId) {
        ContractRecord contract = contract(contractId);
        OrderRecord order = orders.findByContractId(contractId).orElseThrow();
        events.publishEvent(new OrderDelivered(order.getId(), order.getNumber(), contractId, contract.getCustomerId(),
                contract.getOwner()));
    }

    void fulfilled(long contractId) {
        ContractRecord contract = contract(contractId);
        Instant now = clock.instant();
        contract.fulfilled(now);
        contract.touched(NO_ACTOR, now);
        record(contract, ContractAction.FULFILLED, null, NO_ACTOR, null);
    }

    /** Closes the contract: open instalments are cancelled, an open order too; before signing the deal is lost. */
    void cancelled(long contractId, String reason, String note, String by) {
        ContractRecord contract = contract(contractId);
        boolean signed = contract.getStatus() == ContractStatus.SIGNED;
        Instant now = clock.instant();
        CancelReason cancelReason = CancelReason.valueOf(reason);
        contract.cancelled(cancelReason, note, now);
        contract.touched(by, now);
        cancelInstalments(contractId);
        orders.findByContractId(contractId).ifPresent(OrderRecord::cancelled);
        record(contract, ContractAction.CANCELLED, null, by, cancelReason + (note == null ? "" : ": " + note));
        if (!signed) {
            opportunities.markLost(contract.getOpportunityId(), LossReason.OTHER,
                    "Contract " + contract.getNumber() + " cancelled: " + cancelReason
                            + (note == null ? "" : ", " + note));
        }
    }

    /**
     * Separation of duties: nobody decides on a contract they own; the supervisor's step belongs to a supervisor of
     * the owner's team (or a director), the others to their groups. Returns the reason when {@code actor} may not.
     */
    String refusal(long contractId, ApprovalStep level, String actor) {
        ContractRecord contract = contract(contractId);
        if (actor.equals(contract.getOwner())) {
            return "Nobody approves their own contract.";
        }
        Set<String> roles = directory.findByUsername(actor).map(u -> Set.copyOf(u.roles())).orElse(Set.of());
        boolean allowed = switch (level) {
            case SUPERVISOR -> directory.teamMembersSupervisedBy(actor).contains(contract.getOwner())
                    || roles.contains(Roles.DIRECTORS);
            case DIRECTOR -> roles.contains(Roles.DIRECTORS);
            case FINANCE -> roles.contains(Roles.FINANCE);
            case LEGAL -> roles.contains(Roles.LEGAL);
        };
        return allowed ? null : "Only " + level.name().toLowerCase(java.util.Locale.ROOT)
                + " takes this approval step" + (level == ApprovalStep.SUPERVISOR ? " for their own team." : ".");
    }

    String owner(long contractId) {
        return contract(contractId).getOwner();
    }

    /** The label and figures the task forms show. */
    Map<String, Object> formVariables(long contractId) {
        ContractRecord contract = contract(contractId);
        Map<String, Object> variables = new HashMap<>();
        variables.put("contractLabel", contract.getNumber() + " v" + contract.getVersionNo());
        variables.put("contractFigures", contract.getTotal().toPlainString() + " " + contract.getCurrency()
                + (contract.deviationSet().isEmpty() ? "" : " · " + contract.deviationSet()));
        return variables;
    }

    private void cancelInstalments(long contractId) {
        instalments.findByContractIdOrderBySeqAsc(contractId).forEach(InstalmentRecord::cancel);
    }

    private void record(ContractRecord contract, ContractAction action, ApprovalStep level, String by,
            String comment) {
        trail.save(new ContractTrailRecord(contract.getId(), contract.getVersionNo(), action, level, by,
                clock.instant(), comment));
    }

    private static boolean zh(ContractRecord contract) {
        return contract.getLanguage() != null && contract.getLanguage().startsWith("zh");
    }

    private ContractRecord contract(long id) {
        return contracts.findById(id).orElseThrow(() -> new IllegalStateException("No contract " + id));
    }
}
