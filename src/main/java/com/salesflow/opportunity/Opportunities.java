package com.salesflow.opportunity;

import java.util.List;
import java.util.Optional;

/** Opportunities of customers. Callers check the customer's scope; this module trusts the customer id it gets. */
public interface Opportunities {

    /** Opens an opportunity in stage QUALIFICATION; field errors (400) for a blank name or a negative amount. */
    OpportunitySummary open(NewOpportunity opportunity);

    Optional<OpportunitySummary> find(long id);

    List<OpportunitySummary> ofCustomer(long customerId);
}
