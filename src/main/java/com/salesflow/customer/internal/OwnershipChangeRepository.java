package com.salesflow.customer.internal;

import com.salesflow.customer.OwnershipChangeReason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OwnershipChangeRepository extends JpaRepository<OwnershipChange, Long> {

    List<OwnershipChange> findByCustomerIdOrderByChangedAtAscIdAsc(Long customerId);

    long countByToOwnerAndReasonAndChangedAtGreaterThanEqual(String toOwner, OwnershipChangeReason reason,
            Instant since);

    /** The last time this user lost the customer to the pool. */
    Optional<OwnershipChange> findFirstByCustomerIdAndFromOwnerAndToOwnerIsNullOrderByChangedAtDesc(Long customerId,
            String fromOwner);
}
