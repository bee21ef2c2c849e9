package com.salesflow.customer;

/**
 * Filters of the customer list; null means "any". {@code text} searches name, phone, e-mail and contact names.
 * {@code owner} is a login; {@code overdueOnly} keeps customers whose next follow-up has passed.
 */
public record CustomerFilter(String text, String owner, Grade grade, String tag, String region, Lifecycle lifecycle,
        boolean overdueOnly) {

    public static CustomerFilter any() {
        return new CustomerFilter(null, null, null, null, null, null, false);
    }

    public static CustomerFilter text(String text) {
        return new CustomerFilter(text, null, null, null, null, null, false);
    }
}
