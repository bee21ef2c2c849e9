package com.salesflow.contract.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface InstalmentRepository extends JpaRepository<InstalmentRecord, Long> {
    List<InstalmentRecord> findByContractIdOrderBySeqAsc(long contractId);

    @Query("select coalesce(sum(i.amount - i.paid), 0) from InstalmentRecord i"
            + " where i.customerId = ?1 and i.status = com.salesflow.contract.InstalmentStatus.OPEN")
    java.math.BigDecimal openOfCustomer(long customerId);

    /** What the customer owes on its other contracts, for the credit check of this one. */
    @Query("select coalesce(sum(i.amount - i.paid), 0) from InstalmentRecord i where i.customerId = ?1"
            + " and i.contractId <> ?2 and i.status = com.salesflow.contract.InstalmentStatus.OPEN")
    java.math.BigDecimal openOfCustomerOutside(long customerId, long contractId);

    /** Paid so far per contract: rows of contract id and amount. */
    @Query("select i.contractId, sum(i.paid) from InstalmentRecord i where i.contractId in ?1 group by i.contractId")
    List<Object[]> paidByContract(java.util.Collection<Long> contractIds);
}
