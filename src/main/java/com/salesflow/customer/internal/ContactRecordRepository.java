package com.salesflow.customer.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRecordRepository extends JpaRepository<ContactRecord, Long> {

    List<ContactRecord> findByCustomerIdOrderByHappenedAtDescIdDesc(Long customerId);
}
