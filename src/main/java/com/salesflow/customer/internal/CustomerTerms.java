package com.salesflow.customer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code sf_customer_term} in step with customers and their contacts (see {@link SearchTerms}). */
@Component
class CustomerTerms {

    private static final String INSERT = "insert into sf_customer_term (term, customer_id) values (?, ?)";

    private final JdbcTemplate jdbc;
    private final ContactRepository contacts;

    CustomerTerms(JdbcTemplate jdbc, ContactRepository contacts) {
        this.jdbc = jdbc;
        this.contacts = contacts;
    }

    /** Replaces the terms of a saved (flushed) customer, in the caller's transaction. */
    void index(Customer customer) {
        jdbc.update("delete from sf_customer_term where customer_id = ?", customer.getId());
        Set<String> terms = SearchTerms.of(customer.getName(), customer.getPhone(), customer.getEmail(),
                contacts.findByCustomerIdOrderByName(customer.getId()));
        insert(Map.of(customer.getId(), terms));
    }

    /** Terms of customers that have none yet (new customers written in one batch). */
    void insert(Map<Long, ? extends Collection<String>> termsByCustomer) {
        List<Object[]> rows = new ArrayList<>();
        termsByCustomer.forEach((id, terms) -> terms.forEach(term -> rows.add(new Object[] {term, id})));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }
}
