package com.salesflow.customer.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CreditSurveyRepository extends JpaRepository<CreditSurveyRecord, Long> {

    List<CreditSurveyRecord> findByCustomerIdOrderBySurveyedAtDescIdDesc(Long customerId);

    @Modifying(flushAutomatically = true)
    @Query("update CreditSurveyRecord s set s.customerId = :to where s.customerId = :from")
    int moveCustomer(Long from, Long to);
}
