package com.salesflow.contract.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<DeliveryRecord, Long> {
    List<DeliveryRecord> findByOrderIdOrderByIdAsc(long orderId);
}
