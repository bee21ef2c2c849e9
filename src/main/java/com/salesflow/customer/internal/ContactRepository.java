package com.salesflow.customer.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByCustomerIdOrderByName(Long customerId);
}
