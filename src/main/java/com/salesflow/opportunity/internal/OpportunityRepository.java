package com.salesflow.opportunity.internal;

import com.salesflow.opportunity.OpportunityStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OpportunityRepository extends JpaRepository<Opportunity, Long>, JpaSpecificationExecutor<Opportunity> {

    List<Opportunity> findByCustomerIdOrderByCreatedAtDesc(long customerId);

    @Query("select o.id, o.name from Opportunity o where o.id in :ids")
    List<Object[]> findNamesOf(java.util.Collection<Long> ids);

    @Modifying
    @Query("update Opportunity o set o.customerId = :keptId where o.customerId = :duplicateId")
    int moveCustomer(long duplicateId, long keptId);

    // Follow-up times are not edits: they leave the version alone, so that a contact record logged meanwhile does
    // not make the owner's open edit stale.

    @Modifying(flushAutomatically = true)
    @Query("""
            update Opportunity o set o.lastFollowUpAt = :at
            where o.customerId = :customerId and o.stage in :stages
              and (o.lastFollowUpAt is null or o.lastFollowUpAt < :at)""")
    int followedUp(long customerId, Collection<OpportunityStage> stages, Instant at);

    @Modifying(flushAutomatically = true)
    @Query("update Opportunity o set o.nextFollowUpAt = :next where o.customerId = :customerId and o.stage in :stages")
    int nextFollowUp(long customerId, Collection<OpportunityStage> stages, LocalDate next);

    @Modifying(flushAutomatically = true)
    @Query("""
            update Opportunity o set o.lastFollowUpAt = :at
            where o.id = :id and (o.lastFollowUpAt is null or o.lastFollowUpAt < :at)""")
    int followedUp(long id, Instant at);

    @Modifying(flushAutomatically = true)
    @Query("update Opportunity o set o.nextFollowUpAt = :next where o.id = :id")
    int nextFollowUp(long id, LocalDate next);
}
