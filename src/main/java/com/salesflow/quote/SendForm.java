package com.salesflow.quote;

/**
 * How an approved quote went to the customer: by MAIL (the server mails the PDF to {@code email}; needs mail to be
 * configured) or HANDED over otherwise (downloaded and given by hand, chat, …). {@code note} is optional.
 */
public record SendForm(SendMethod method, String email, String note) {

    public enum SendMethod { MAIL, HANDED }
}
