package com.salesflow.customer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A person at a company customer (联系人). */
@Entity
@Table(name = "sf_contact")
class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private Long customerId;

    private String name;
    private String title;
    private String phone;
    private String email;
    private LocalDate birthday;

    @Column(name = "decision_role")
    private String decisionRole;

    @Version
    private long version;

    protected Contact() {
    }

    Contact(Long customerId) {
        this.customerId = customerId;
    }

    void update(String name, String title, String phone, String email, LocalDate birthday, String decisionRole) {
        this.name = name;
        this.title = title;
        this.phone = phone;
        this.email = email;
        this.birthday = birthday;
        this.decisionRole = decisionRole;
    }

    Long getId() { return id; }
    Long getCustomerId() { return customerId; }
    void moveTo(Long customerId) { this.customerId = customerId; }
    String getName() { return name; }
    String getTitle() { return title; }
    String getPhone() { return phone; }
    String getEmail() { return email; }
    LocalDate getBirthday() { return birthday; }
    String getDecisionRole() { return decisionRole; }
    long getVersion() { return version; }
}
