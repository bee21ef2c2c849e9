package com.salesflow.opportunity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    List<Opportunity> findByCustomerIdOrderByCreatedAtDesc(long customerId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query(
            "update Opportunity o set o.customerId = :keptId where o.customerId = :duplicateId")
    int moveCustomer(long duplicateId, long keptId);
}
