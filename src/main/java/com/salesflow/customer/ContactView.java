package com.salesflow.customer;

import java.time.LocalDate;

/** A person at a company customer (联系人); {@code decisionRole} e.g. decision maker, influencer, user. */
public record ContactView(long id, String name, String title, String phone, String email, LocalDate birthday,
        String decisionRole, long version) {
}
