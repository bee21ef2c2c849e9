package com.salesflow.customer.internal;

import com.salesflow.customer.CreditProfile;
import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CreditSurvey;
import com.salesflow.customer.CreditSurveyForm;
import com.salesflow.customer.CreditTermsForm;
import com.salesflow.customer.CustomerCredit;
import com.salesflow.customer.CustomersMerged;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import com.salesflow.workflow.Decisions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit surveys and terms (信用). The rating, limit and terms a survey suggests come from the {@code credit-rating}
 * decision table, so that finance or a process designer changes the thresholds there, not here.
 */
@Service
@Transactional
class CreditService implements CustomerCredit {

    static final String RATING_DECISION = "credit-rating";

    /** decimal(15,2): 13 digits before the point. */
    private static final int LIMIT_INTEGER_DIGITS = 13;
    private static final int MAX_TERMS_DAYS = 365;
    private static final int MAX_NOTE = 1000;

    private final CustomerService customerService;
    private final CustomerRepository customers;
    private final CreditSurveyRepository surveys;
    private final Decisions decisions;
    private final CurrentUser currentUser;
    private final Clock clock;

    CreditService(CustomerService customerService, CustomerRepository customers, CreditSurveyRepository surveys,
            Decisions decisions, CurrentUser currentUser, Clock clock) {
        this.customerService = customerService;
        this.customers = customers;
        this.surveys = surveys;
        this.decisions = decisions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CreditProfile profile(long customerId) {
        return profile(customerService.visibleCustomer(customerId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CreditSurvey> surveys(long customerId) {
        customerService.visibleCustomer(customerId);
        return surveys.findByCustomerIdOrderBySurveyedAtDescIdDesc(customerId).stream()
                .map(CreditSurveyRecord::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CreditProfile creditOf(long customerId) {
        return profile(customers.findById(customerId)
                .orElseThrow(() -> new NotFoundException("No customer with id " + customerId)));
    }

    @Override
    public CreditProfile survey(long customerId, CreditSurveyForm form) {
        Customer customer = customerService.visibleCustomer(customerId);
        requireFinance();
        requireVersion(form.version(), customer.getVersion());
        List<FieldError> errors = new ArrayList<>();
        required("netAssets", form.netAssets(), errors);
        required("totalAssets", form.totalAssets(), errors);
        required("prospects", form.prospects(), errors);
        required("paymentRecord", form.paymentRecord(), errors);
        String note = trim(form.note());
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "credit.note.long", "At most 1000 characters."));
        }
        InvalidInputException.throwIfAny(errors);

        Suggestion suggestion = rate(form);
        String surveyor = currentUser.requireUsername();
        Instant now = clock.instant();
        surveys.save(new CreditSurveyRecord(customer.getId(), form.netAssets(), form.totalAssets(), form.prospects(),
                form.paymentRecord(), note, suggestion.rating(), suggestion.limit(), suggestion.termsDays(), surveyor,
                now));
        customer.creditReviewed(suggestion.rating(), suggestion.limit(), suggestion.termsDays(), surveyor, now);
        customers.saveAndFlush(customer);
        return profile(customer);
    }

    @Override
    public CreditProfile setTerms(long customerId, CreditTermsForm form) {
        Customer customer = customerService.visibleCustomer(customerId);
        requireFinance();
        requireVersion(form.version(), customer.getVersion());
        List<FieldError> errors = new ArrayList<>();
        BigDecimal limit = form.creditLimit();
        if (limit == null) {
            errors.add(new FieldError("creditLimit", "creditLimit.required", "Enter the credit limit (0 for none)."));
        } else if (limit.signum() < 0) {
            errors.add(new FieldError("creditLimit", "creditLimit.negative", "The credit limit cannot be negative."));
        } else if (limit.stripTrailingZeros().scale() > 2
                || limit.setScale(2, RoundingMode.UNNECESSARY).precision() - 2 > LIMIT_INTEGER_DIGITS) {
            errors.add(new FieldError("creditLimit", "creditLimit.digits",
                    "At most 13 digits before the decimal point and 2 after it."));
        }
        Integer days = form.paymentTermsDays();
        if (days == null || days < 0 || days > MAX_TERMS_DAYS) {
            errors.add(new FieldError("paymentTermsDays", "paymentTerm.range", "Payment terms are 0 to 365 days."));
        }
        InvalidInputException.throwIfAny(errors);
        customer.creditReviewed(customer.getCreditRating(), limit.setScale(2, RoundingMode.UNNECESSARY), days,
                currentUser.requireUsername(), clock.instant());
        customers.saveAndFlush(customer);
        return profile(customer);
    }

    /** The merged customer's surveys belong to the kept one now (before the duplicate is deleted). */
    @EventListener
    void on(CustomersMerged merged) {
        surveys.moveCustomer(merged.duplicateId(), merged.keptId());
    }

    private record Suggestion(CreditRating rating, BigDecimal limit, int termsDays) {
    }

    /** Asks the decision table; a table edited into giving nothing or nonsense fails loudly, saving nothing. */
    private Suggestion rate(CreditSurveyForm form) {
        DmnDecisionResult result = decisions.evaluateLatest(RATING_DECISION, Map.of(
                "netAssets", form.netAssets().name(), "totalAssets", form.totalAssets().name(),
                "prospects", form.prospects().name(), "paymentRecord", form.paymentRecord().name(),
                "surveyScore", score(form)));
        DmnDecisionResultEntries first = result.getFirstResult();
        if (first == null || !(first.get("rating") instanceof String rating)
                || !(first.get("suggestedLimit") instanceof Number limit)
                || !(first.get("paymentTermsDays") instanceof Number days)) {
            throw new IllegalStateException("The decision " + RATING_DECISION + " gave no rating, suggestedLimit "
                    + "and paymentTermsDays for " + form + ": " + result.getResultList());
        }
        BigDecimal suggestedLimit = new BigDecimal(limit.toString()).setScale(2, RoundingMode.HALF_UP);
        if (suggestedLimit.signum() < 0 || days.intValue() < 0 || days.intValue() > MAX_TERMS_DAYS) {
            throw new IllegalStateException("The decision " + RATING_DECISION + " suggested " + suggestedLimit
                    + " and " + days + " days, out of range");
        }
        return new Suggestion(CreditRating.valueOf(rating), suggestedLimit, days.intValue());
    }

    /** A = 4 down to D = 1 for each answer: 4 to 16. */
    static int score(CreditSurveyForm form) {
        return points(form.netAssets()) + points(form.totalAssets()) + points(form.prospects())
                + points(form.paymentRecord());
    }

    private static int points(CreditRating answer) {
        return 4 - answer.ordinal();
    }

    private void requireFinance() {
        if (!currentUser.hasRole(Roles.FINANCE) && !currentUser.hasRole(Roles.ADMINS)) {
            throw new AccessDeniedException("Only finance and administrators set a customer's credit.");
        }
    }

    private static void required(String field, CreditRating answer, List<FieldError> errors) {
        if (answer == null) {
            errors.add(new FieldError(field, "credit.answer.required", "Rate this from A to D."));
        }
    }

    private static void requireVersion(long expected, long actual) {
        ConflictException.requireVersion(expected, actual,
                "Someone else changed this customer meanwhile; reload and try again.");
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static CreditProfile profile(Customer customer) {
        return new CreditProfile(customer.getId(), customer.getCreditRating(), customer.getCreditLimit(),
                customer.getPaymentTermDays(), customer.getCreditReviewedAt(), customer.getCreditReviewedBy(),
                customer.getVersion());
    }
}
