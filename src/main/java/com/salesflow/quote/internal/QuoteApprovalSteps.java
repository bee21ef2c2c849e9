package com.salesflow.quote.internal;

import com.salesflow.customer.CustomerDetails;
import com.salesflow.identity.UserDirectory;
import com.salesflow.opportunity.LossReason;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.quote.ApprovalLevel;
import com.salesflow.quote.Quotes;
import com.salesflow.quote.TrailAction;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.Validation;
import com.salesflow.workflow.Decisions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of {@code quote-approval} do to a quote. Called by the process's delegates, which run in the
 * transaction of the call that moved the process (submit, a task completion, a timer): a step that fails leaves the
 * quote and the process as they were.
 */
@Component
@Transactional
class QuoteApprovalSteps {

    static final String LEVEL_DECISION = "quote-approval-level";
    private static final String NO_ACTOR = "system";

    private final QuoteRepository quotes;
    private final QuoteTrailRepository trail;
    private final Decisions decisions;
    private final UserDirectory directory;
    private final Opportunities opportunities;
    private final QuoteViews views;
    private final QuoteMailer mailer;
    private final com.salesflow.customer.Customers customers;
    private final Clock clock;

    QuoteApprovalSteps(QuoteRepository quotes, QuoteTrailRepository trail, Decisions decisions,
            UserDirectory directory, Opportunities opportunities, QuoteViews views, QuoteMailer mailer,
            com.salesflow.customer.Customers customers, Clock clock) {
        this.quotes = quotes;
        this.trail = trail;
        this.decisions = decisions;
        this.directory = directory;
        this.opportunities = opportunities;
        this.views = views;
        this.mailer = mailer;
        this.customers = customers;
        this.clock = clock;
    }

    /** Who approves, in order, and the supervisor who takes the first step (null when none does). */
    record Approvals(Set<ApprovalLevel> levels, String supervisor, String label, String figures) {
    }

    /**
     * Asks {@code quote-approval-level} which approvers the quote needs and records each row that fired. Separation
     * of duties is applied here, not in the table: the supervisor's step goes to a supervisor of the owner's team
     * who is neither owner nor submitter, and to the directors when there is none (a supervisor's own quote).
     */
    Approvals decide(long quoteId, String submitter, String customerGrade) {
        QuoteRecord quote = quote(quoteId);
        Map<ApprovalLevel, List<String[]>> required = new EnumMap<>(ApprovalLevel.class);
        for (DmnDecisionResultEntries row : decisions.evaluateLatest(LEVEL_DECISION, Variables.createVariables()
                .putValue("maxLineDiscount", quote.getMaxLineDiscount().doubleValue())
                .putValue("totalDiscount", quote.getTotalDiscountPercent().doubleValue())
                .putValue("netTotal", quote.getNet().doubleValue())
                .putValue("marginPercent", quote.getMarginPercent().doubleValue())
                .putValue("customerGrade", customerGrade)
                .putValue("paymentTermsDays", quote.getPaymentTermsDays()))) {
            ApprovalLevel level = ApprovalLevel.valueOf(row.<String>getEntry("approver"));
            required.computeIfAbsent(level, l -> new ArrayList<>())
                    .add(new String[] {row.getEntry("reason"), row.getEntry("reasonZh")});
        }
        String supervisor = null;
        if (required.containsKey(ApprovalLevel.SUPERVISOR)) {
            Set<String> supervisors = new TreeSet<>(directory.supervisorsOf(quote.getOwner()));
            supervisors.remove(quote.getOwner());
            supervisors.remove(submitter);
            if (supervisors.isEmpty()) {
                List<String[]> moved = required.remove(ApprovalLevel.SUPERVISOR).stream()
                        .map(r -> new String[] {r[0] + " (no other supervisor of the team: to the directors)",
                                r[1] + "（团队无其他主管：转总监）"})
                        .toList();
                required.computeIfAbsent(ApprovalLevel.DIRECTOR, l -> new ArrayList<>()).addAll(0, moved);
            } else {
                supervisor = supervisors.iterator().next();
            }
        }
        Instant now = clock.instant();
        if (required.isEmpty()) {
            trail.save(new QuoteTrailRecord(quoteId, TrailAction.NO_APPROVAL_NEEDED, null, NO_ACTOR, now, null, null,
                    null));
        }
        required.forEach((level, rows) -> rows.forEach(r -> trail.save(new QuoteTrailRecord(quoteId,
                TrailAction.APPROVAL_REQUIRED, level, NO_ACTOR, now, null, r[0], r[1]))));
        quote.awaitApprovals(List.copyOf(required.keySet()), now);
        String figures = String.format(java.util.Locale.ROOT,
                "%s %,.2f (net %,.2f) · max line discount %s %% · total discount %s %% · margin %s %% · %d days",
                quote.getCurrency(), quote.getTotal(), quote.getNet(), quote.getMaxLineDiscount().stripTrailingZeros()
                        .toPlainString(), quote.getTotalDiscountPercent().toPlainString(),
                quote.getMarginPercent().toPlainString(), quote.getPaymentTermsDays());
        return new Approvals(required.keySet(), supervisor, quote.label(), figures);
    }

    /**
     * Records an approver's decision (APPROVE, REJECT or SEND_BACK; a comment is required for the last two) and
     * returns it for the process to branch on.
     */
    String decided(long quoteId, ApprovalLevel level, String decision, String comment, String actor) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        List<FieldError> errors = new ArrayList<>();
        if (decision == null || !Set.of("APPROVE", "REJECT", "SEND_BACK").contains(decision)) {
            errors.add(new FieldError("decision", "quote.decision", "Approve, reject or send back."));
        } else if (!"APPROVE".equals(decision) && text == null) {
            errors.add(new FieldError("comment", "quote.decisionComment",
                    "Say why: a comment is required to reject or send back."));
        }
        if (text != null && text.length() > 2000) {
            errors.add(new FieldError("comment", "comment.length", "A comment has 1 to 2000 characters."));
        }
        InvalidInputException.throwIfAny(errors);
        QuoteRecord quote = quote(quoteId);
        Instant now = clock.instant();
        TrailAction action = switch (decision) {
            case "APPROVE" -> {
                quote.approvedAt(level, actor, now);
                yield TrailAction.APPROVED;
            }
            case "REJECT" -> {
                quote.declined(actor, now);
                yield TrailAction.DECLINED;
            }
            default -> {
                quote.sentBack(actor, now);
                yield TrailAction.SENT_BACK;
            }
        };
        trail.save(new QuoteTrailRecord(quoteId, action, level, actor, now, text, null, null));
        return decision;
    }

    void reminded(long quoteId, ApprovalLevel level) {
        trail.save(new QuoteTrailRecord(quoteId, TrailAction.REMINDED, level, NO_ACTOR, clock.instant(), null, null,
                null));
    }

    /** The supervisor did not decide in time: the directors take the step. */
    void escalated(long quoteId) {
        Instant now = clock.instant();
        quote(quoteId).escalated(ApprovalLevel.SUPERVISOR, now);
        trail.save(new QuoteTrailRecord(quoteId, TrailAction.ESCALATED, ApprovalLevel.SUPERVISOR, NO_ACTOR, now, null,
                null, null));
    }

    /** @return the end of the quote's validity: the start of the day after {@code validUntil} */
    Date approved(long quoteId) {
        QuoteRecord quote = quote(quoteId);
        quote.approved(clock.instant());
        return expiry(quote);
    }

    /** Records the sending, mailing the PDF first when asked to; field errors when mail cannot be sent. */
    Date sent(long quoteId, String method, String email, String note, String by) {
        QuoteRecord quote = quote(quoteId);
        String to = email == null || email.isBlank() ? null : email.strip();
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!"MAIL".equals(method) && !"HANDED".equals(method)) {
            throw InvalidInputException.of("sendMethod", "quote.sendMethod", "Say how the quote goes to the customer.");
        }
        if ("MAIL".equals(method)) {
            if (!mailer.isConfigured()) {
                throw InvalidInputException.of("sendMethod", "quote.mailOff",
                        "Mail is not set up on this server: download the PDF and hand it over.");
            }
            if (!Validation.isEmail(to)) {
                throw InvalidInputException.of("sendEmail", "quote.sendEmail", "Enter the customer's e-mail address.");
            }
            Quotes.QuotePdf pdf = views.pdf(quote, customer(quote.getCustomerId()));
            mailer.send(to, quote.label(), text == null ? "" : text, pdf.fileName(), pdf.content());
        }
        if (text != null && text.length() > 1000) {
            throw InvalidInputException.of("sendNote", "quote.sendNote", "Keep the note to 1000 characters.");
        }
        Instant now = clock.instant();
        quote.sent(by, now);
        String comment = ("MAIL".equals(method) ? "→ " + to : "handed over") + (text == null ? "" : ": " + text);
        trail.save(new QuoteTrailRecord(quoteId, TrailAction.SENT, null, by, now, comment, null, null));
        opportunities.advanceTo(quote.getOpportunityId(), OpportunityStage.NEGOTIATION);
        return expiry(quote);
    }

    /** @return the opportunity's id, for a contract to follow */
    long accepted(long quoteId, String by) {
        QuoteRecord quote = quote(quoteId);
        Instant now = clock.instant();
        quote.accepted(by, now);
        trail.save(new QuoteTrailRecord(quoteId, TrailAction.ACCEPTED, null, by, now, null, null, null));
        return quote.getOpportunityId();
    }

    void won(long opportunityId) {
        opportunities.markWon(opportunityId);
    }

    void rejected(long quoteId, String reason, String note, String by) {
        QuoteRecord quote = quote(quoteId);
        LossReason lossReason = LossReason.valueOf(reason);
        Instant now = clock.instant();
        quote.rejected(lossReason, note, by, now);
        trail.save(new QuoteTrailRecord(quoteId, TrailAction.REJECTED, null, by, now,
                lossReason.name() + (note == null ? "" : ": " + note), null, null));
        opportunities.markLost(quote.getOpportunityId(), lossReason, note);
    }

    void expired(long quoteId) {
        QuoteRecord quote = quote(quoteId);
        Instant now = clock.instant();
        quote.expired(now);
        trail.save(new QuoteTrailRecord(quoteId, TrailAction.EXPIRED, null, NO_ACTOR, now, null, null, null));
    }

    void withdrawn(long quoteId, String by, String note) {
        QuoteRecord quote = quote(quoteId);
        Instant now = clock.instant();
        quote.withdrawn(by, now);
        trail.save(new QuoteTrailRecord(quoteId, TrailAction.WITHDRAWN, null, by, now,
                note == null || note.isBlank() ? null : note.strip(), null, null));
    }

    /**
     * Separation of duties for one approval step: nobody decides on a quote they own or submitted; the supervisor's
     * step belongs to a supervisor of the owner's team (or a director once escalated), the director's to directors,
     * finance's to finance. Returns the reason when {@code actor} may not, else null.
     */
    String refusal(long quoteId, ApprovalLevel level, String actor) {
        QuoteRecord quote = quote(quoteId);
        if (actor.equals(quote.getOwner()) || actor.equals(quote.getSubmittedBy())) {
            return "Nobody approves their own quote.";
        }
        List<String> roles = directory.findByUsername(actor).map(u -> List.copyOf(u.roles())).orElse(List.of());
        boolean allowed = switch (level) {
            case SUPERVISOR -> directory.teamMembersSupervisedBy(actor).contains(quote.getOwner())
                    || roles.contains(com.salesflow.identity.Roles.DIRECTORS);
            case DIRECTOR -> roles.contains(com.salesflow.identity.Roles.DIRECTORS);
            case FINANCE -> roles.contains(com.salesflow.identity.Roles.FINANCE);
        };
        return allowed ? null : switch (level) {
            case SUPERVISOR -> "A supervisor approves only quotes of their own team.";
            case DIRECTOR -> "Only a director takes this approval step.";
            case FINANCE -> "Only finance takes this approval step.";
        };
    }

    /** The owner and the submitter: who may not decide on the quote. */
    List<String> parties(long quoteId) {
        QuoteRecord quote = quote(quoteId);
        return quote.getSubmittedBy() == null || quote.getSubmittedBy().equals(quote.getOwner())
                ? List.of(quote.getOwner()) : List.of(quote.getOwner(), quote.getSubmittedBy());
    }

    private CustomerDetails customer(long customerId) {
        try {
            return customers.get(customerId);
        } catch (RuntimeException outsideScope) {
            return null;
        }
    }

    private Date expiry(QuoteRecord quote) {
        return Date.from(quote.getValidUntil().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private QuoteRecord quote(long id) {
        return quotes.findById(id).orElseThrow(() -> new IllegalStateException("No quote " + id));
    }
}
