package com.salesflow.complaint;

import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.identity.UserDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Named factories for complaint tests: a customer of {@code sales1} and a complaint of it. */
@Component
public class ComplaintFixtures {

    private final Customers customers;
    private final Complaints complaints;
    private final UserDetailsService users;
    private final UserDirectory directory;

    ComplaintFixtures(Customers customers, Complaints complaints, UserDetailsService users, UserDirectory directory) {
        this.customers = customers;
        this.complaints = complaints;
        this.users = users;
        this.directory = directory;
    }

    /**
     * ShellBrowserIT locks {@code service} with wrong passwords; tests that log in as service over HTTP or in the
     * browser unlock it first, whichever ran before.
     */
    public void unlockService() {
        signIn("admin");
        directory.findByUsername("service").ifPresent(user -> directory.unlockUser(user.id()));
        SecurityContextHolder.clearContext();
    }

    public void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static String unique() {
        return Long.toString(System.nanoTime()).substring(5);
    }

    /** An ordinary company of sales1. */
    public long customer() {
        signIn("sales1");
        CustomerForm form = new CustomerForm();
        form.setType(CustomerType.COMPANY);
        form.setName("Complaint Test Works " + unique());
        form.setPhone("+86 21 " + unique().substring(0, 8));
        form.setGrade(Grade.ORDINARY);
        return customers.create(form).id();
    }

    /** A complaint registered by {@code service} by phone. */
    public long complaint(long customerId, ComplaintSeverity severity) {
        signIn("service");
        return complaints.register(form(customerId, severity));
    }

    public static ComplaintForm form(long customerId, ComplaintSeverity severity) {
        return new ComplaintForm(customerId, ComplaintCategory.PRODUCT_QUALITY, severity, ComplaintChannel.PHONE,
                "The pump leaks after two weeks " + unique(), null, null);
    }
}
