package com.salesflow.customer;

import com.salesflow.identity.UserSummary;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Customers as the signed-in user may see them: a salesperson their own and the pool, a supervisor their teams',
 * directors, finance, legal, service and admins all. A customer outside that scope does not exist for the caller
 * ({@link com.salesflow.shared.NotFoundException}).
 */
public interface Customers {

    Page<CustomerSummary> search(CustomerFilter filter, Pageable pageable);

    long count(CustomerFilter filter);

    /**
     * True when the search text matches more customers than a search considers (200): the list then shows only
     * those, and the user should add words (docs/decisions/0003-customer-search.md).
     */
    boolean isBroadSearch(String text);

    /**
     * Names of customers by id, for lists of work that refer to them (tasks): someone who has a task about a
     * customer sees its name, whoever owns it. Unknown ids are left out.
     */
    java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids);

    /** The shared pool (公海): customers without an owner, which salespeople may claim. */
    Page<CustomerSummary> pool(CustomerFilter filter, Pageable pageable);

    long countPool(CustomerFilter filter);

    CustomerDetails get(long id);

    CustomerDetails create(CustomerForm form);

    CustomerDetails update(long id, CustomerForm form);

    List<ContactView> contacts(long customerId);

    ContactView addContact(long customerId, ContactForm form);

    /** Newest first. */
    List<ContactRecordView> timeline(long customerId);

    /** Also moves the customer's last and next follow-up, in the same transaction. */
    ContactRecordView addContactRecord(long customerId, ContactRecordForm form);

    /** Oldest first. */
    List<OwnershipChangeView> ownershipHistory(long customerId);

    /** The owner (or their supervisor) gives the customer back to the pool. */
    CustomerDetails release(long customerId, String comment);

    /** A supervisor moves a customer of their team to another member; directors and admins to anyone in sales. */
    CustomerDetails reassign(long customerId, String newOwner, String comment);

    /**
     * The people the caller may give customers to, as {@link #reassign} and {@link #create} check it, by display
     * name: for a supervisor the enabled salespeople and supervisors of the teams they supervise (themselves
     * included); for directors and admins every enabled salesperson and supervisor; nobody for anyone else.
     */
    List<UserSummary> assignableOwners();

    /** A salesperson takes a customer from the pool, within the claim limits. */
    CustomerDetails claim(long customerId);

    /**
     * Customers in the caller's scope that are probably the same: same normalised phone or e-mail, or a company
     * name that is the same or contains the other once legal suffixes and punctuation are removed.
     */
    List<CustomerSummary> possibleDuplicates(long customerId);

    /**
     * Folds {@code duplicateId} into {@code keepId}: contacts, contact records and ownership history move over,
     * tags are joined, empty fields of the kept profile are filled, the duplicate is deleted. Supervisors
     * (within their teams), directors and admins only; both versions must be current.
     */
    CustomerDetails merge(long keepId, long keepVersion, long duplicateId, long duplicateVersion);

    /**
     * The existing customer a new lead belongs to, whoever owns it (routing runs for the whole company, not in the
     * caller's scope): the same phone or e-mail as the customer or one of its contacts, else the same company name
     * once legal forms and punctuation are removed. Phones shorter than 7 digits match nothing.
     */
    java.util.Optional<CustomerMatch> findMatch(String phone, String email, String company);

    /**
     * Whose records the caller sees, as the customer list decides it (see the interface's description), for modules
     * whose records have an owner of their own; a salesperson's scope is themselves.
     */
    OwnerScope ownerScope();

    /** The owner of a customer, whoever asks (lead routing); empty for a customer in the pool or one that is gone. */
    java.util.Optional<String> ownerOf(long customerId);

    /** The grade of a customer, whoever asks (quote approval rules); empty when it has none or is gone. */
    java.util.Optional<Grade> gradeOf(long customerId);

    /** A customer found for a lead, and what matched: {@code PHONE}, {@code EMAIL} or {@code COMPANY}. */
    record CustomerMatch(long customerId, String name, String owner, String matchedOn) {
    }
}
