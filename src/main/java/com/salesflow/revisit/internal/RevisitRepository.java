package com.salesflow.revisit.internal;

import com.salesflow.revisit.RevisitStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RevisitRepository extends JpaRepository<RevisitRecord, Long>, JpaSpecificationExecutor<RevisitRecord> {

    boolean existsByOrderId(long orderId);

    /** Customers among these with a revisit still planned or open, or one due after {@code since}. */
    @Query("""
            select distinct r.customerId from RevisitRecord r where r.customerId in :customerIds
            and (r.status in :active or r.dueAt > :since)""")
    List<Long> busyCustomers(Collection<Long> customerIds, Collection<RevisitStatus> active, Instant since);
}
