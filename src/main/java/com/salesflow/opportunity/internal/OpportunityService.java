package com.salesflow.opportunity.internal;

import com.salesflow.identity.CurrentUser;
import com.salesflow.opportunity.NewOpportunity;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class OpportunityService implements Opportunities {

    static final String DEFAULT_CURRENCY = "CNY";

    private final OpportunityRepository opportunities;
    private final CurrentUser currentUser;
    private final Clock clock;

    OpportunityService(OpportunityRepository opportunities, CurrentUser currentUser, Clock clock) {
        this.opportunities = opportunities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public OpportunitySummary open(NewOpportunity request) {
        List<FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "opportunity.name", "An opportunity needs a name of at most 200 characters."));
        }
        if (request.amount() != null && request.amount().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(new FieldError("amount", "opportunity.amount", "The amount cannot be negative."));
        }
        InvalidInputException.throwIfAny(errors);
        String currency = request.currency() == null || request.currency().isBlank() ? DEFAULT_CURRENCY
                : request.currency().strip();
        Opportunity opportunity = new Opportunity(request.customerId(), name, request.amount(), currency,
                request.expectedClose(), request.owner(), request.leadId(),
                currentUser.username().orElse("system"), clock.instant());
        return summary(opportunities.saveAndFlush(opportunity));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpportunitySummary> find(long id) {
        return opportunities.findById(id).map(OpportunityService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpportunitySummary> ofCustomer(long customerId) {
        return opportunities.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .map(OpportunityService::summary).toList();
    }

    /** The merged customer's opportunities belong to the kept one now. */
    @org.springframework.context.event.EventListener
    void on(com.salesflow.customer.CustomersMerged merged) {
        opportunities.moveCustomer(merged.duplicateId(), merged.keptId());
    }

    private static OpportunitySummary summary(Opportunity o) {
        return new OpportunitySummary(o.getId(), o.getCustomerId(), o.getName(), o.getStage(), o.getAmount(),
                o.getCurrency(), o.getProbability(), o.getExpectedClose(), o.getOwner(), o.getLeadId(),
                o.getCreatedAt(), o.getVersion());
    }
}
