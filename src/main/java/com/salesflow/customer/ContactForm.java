package com.salesflow.customer;

import java.time.LocalDate;

/** A contact to add or edit; {@code version} is null for a new one. */
public record ContactForm(String name, String title, String phone, String email, LocalDate birthday,
        String decisionRole, Long version) {
}
