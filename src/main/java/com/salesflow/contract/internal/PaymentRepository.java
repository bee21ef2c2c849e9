package com.salesflow.contract.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PaymentRepository extends JpaRepository<PaymentRecord, Long> {
    List<PaymentRecord> findByContractIdOrderByIdAsc(long contractId);

    Optional<PaymentRecord> findByReference(String reference);

    boolean existsByContractId(long contractId);
}
