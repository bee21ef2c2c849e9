package com.salesflow.complaint.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<ComplaintRecord, Long>, JpaSpecificationExecutor<ComplaintRecord> {

    @Query("select distinct c.customerId from ComplaintRecord c")
    List<Long> complainingCustomers();
}
