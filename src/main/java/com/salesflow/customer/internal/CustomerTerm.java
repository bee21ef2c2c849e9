package com.salesflow.customer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** A search term of a customer; mapped only to be queried, written by {@link CustomerTerms}. */
@Entity
@Immutable
@Table(name = "sf_customer_term")
@IdClass(CustomerTerm.Key.class)
class CustomerTerm {

    record Key(String term, Long customerId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    private String term;

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    protected CustomerTerm() {
    }
}
