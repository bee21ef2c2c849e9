package com.salesflow.lead.internal;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead> {

    @Modifying
    @Query("update Lead l set l.customerId = :keepId where l.customerId = :duplicateId")
    int moveCustomer(long duplicateId, long keepId);

    long countByCreatedAtAfter(Instant after);
}
