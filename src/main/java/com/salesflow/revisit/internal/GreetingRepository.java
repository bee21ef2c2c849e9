package com.salesflow.revisit.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GreetingRepository extends JpaRepository<GreetingRecord, Long> {

    boolean existsByCustomerIdAndContactKeyAndOccasionAndOccasionYear(long customerId, long contactKey,
            Occasion occasion, int occasionYear);

    List<GreetingRecord> findByCustomerIdOrderByOccasionDateDesc(long customerId);
}
