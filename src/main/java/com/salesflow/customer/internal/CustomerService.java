package com.salesflow.customer.internal;

import com.salesflow.customer.ContactForm;
import com.salesflow.customer.ContactRecordForm;
import com.salesflow.customer.ContactRecordView;
import com.salesflow.customer.ContactView;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Customers;
import com.salesflow.customer.CustomersMerged;
import com.salesflow.customer.MatchKeys;
import com.salesflow.customer.OwnershipChangeReason;
import com.salesflow.customer.OwnershipChangeView;
import com.salesflow.customer.internal.DataScope.Scope;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.Validation;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class CustomerService implements Customers {

    private static final int MAX_TAGS = 20;
    private static final Set<String> OWNER_ROLES = Set.of(Roles.SALES, Roles.SUPERVISORS);

    private final CustomerRepository customers;
    private final ContactRepository contacts;
    private final ContactRecordRepository records;
    private final OwnershipChangeRepository ownershipChanges;
    private final DataScope dataScope;
    private final UserDirectory directory;
    private final PoolProperties pool;
    private final CustomerTerms terms;
    private final ImportedRows importedRows;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    CustomerService(CustomerRepository customers, ContactRepository contacts, ContactRecordRepository records,
            OwnershipChangeRepository ownershipChanges, DataScope dataScope, UserDirectory directory,
            PoolProperties pool, CustomerTerms terms, ImportedRows importedRows,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.customers = customers;
        this.contacts = contacts;
        this.records = records;
        this.ownershipChanges = ownershipChanges;
        this.dataScope = dataScope;
        this.directory = directory;
        this.pool = pool;
        this.terms = terms;
        this.importedRows = importedRows;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CustomerSummary> search(CustomerFilter filter, Pageable pageable) {
        return customers.findAll(visibleMatching(dataScope.current(), filter), pageable).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            // Names only: loading the customers would also load each one's tags, one query per customer.
            customers.findNamesOf(Set.copyOf(ids)).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isBroadSearch(String text) {
        return trim(text) != null && terms.matching(SearchTerms.query(text)).truncated();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(CustomerFilter filter) {
        return customers.count(visibleMatching(dataScope.current(), filter));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CustomerSummary> pool(CustomerFilter filter, Pageable pageable) {
        return customers.findAll(poolMatching(dataScope.current(), filter), pageable).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public long countPool(CustomerFilter filter) {
        return customers.count(poolMatching(dataScope.current(), filter));
    }

    @Override
    @Transactional(readOnly = true)
    public CustomerDetails get(long id) {
        return details(visibleCustomer(id));
    }

    @Override
    public CustomerDetails create(CustomerForm form) {
        Scope scope = dataScope.current();
        List<FieldError> errors = validate(form);
        String owner = initialOwner(form.getOwner(), scope, errors);
        InvalidInputException.throwIfAny(errors);
        Instant now = clock.instant();
        Customer customer = new Customer(owner, scope.username(), now);
        apply(form, customer);
        customers.saveAndFlush(customer);
        terms.index(customer);
        ownershipChanges.save(new OwnershipChange(customer.getId(), now, null, owner, scope.username(),
                OwnershipChangeReason.CREATED, null));
        return details(customer);
    }

    /**
     * Creates customers from imported rows in the caller's transaction, each whole or not at all: a row that
     * fails validation or duplicates an existing customer (or an earlier row of the batch) by phone, e-mail or
     * name is left out. One look-up per key kind for the whole batch instead of three per row.
     *
     * @return for each form the reasons it was refused; empty when the customer was created
     */
    List<List<FieldError>> importAll(List<CustomerForm> forms) {
        Scope scope = dataScope.current();
        Instant now = clock.instant();
        Map<String, Set<String>> taken = takenKeys(forms);
        List<List<FieldError>> outcomes = new ArrayList<>();
        List<Customer> created = new ArrayList<>();
        for (CustomerForm form : forms) {
            List<FieldError> errors = validate(form);
            String owner = initialOwner(form.getOwner(), scope, errors);
            if (errors.isEmpty()) {
                Customer customer = new Customer(owner, scope.username(), now);
                apply(form, customer);
                String duplicate = firstTaken(customer, taken);
                if (duplicate == null) {
                    created.add(customer);
                } else {
                    errors.add(new FieldError(duplicate, "import.duplicate",
                            "A customer with the same " + duplicate + " exists already."));
                }
            }
            outcomes.add(errors);
        }
        importedRows.customers(created);
        importedRows.ownershipChanges(created.stream().map(customer -> new OwnershipChange(customer.getId(), now, null,
                customer.getOwner(), scope.username(), OwnershipChangeReason.IMPORTED, null)).toList());
        Map<Long, Set<String>> newTerms = new HashMap<>();
        created.forEach(customer -> newTerms.put(customer.getId(), SearchTerms.of(customer.getName(),
                customer.getPhone(), customer.getEmail(), List.of())));
        terms.insert(newTerms);
        return outcomes;
    }

    private Map<String, Set<String>> takenKeys(List<CustomerForm> forms) {
        Set<String> phones = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (CustomerForm form : forms) {
            Optional.ofNullable(MatchKeys.phone(trim(form.getPhone()))).ifPresent(phones::add);
            Optional.ofNullable(trim(form.getEmail())).map(email -> email.toLowerCase(Locale.ROOT))
                    .ifPresent(emails::add);
            Optional.ofNullable(trim(form.getName())).map(MatchKeys::company).filter(key -> !key.isEmpty())
                    .ifPresent(names::add);
        }
        Map<String, Set<String>> taken = new HashMap<>();
        taken.put("phone", phones.isEmpty() ? new HashSet<>() : customers.findPhoneKeysIn(phones));
        taken.put("email", emails.isEmpty() ? new HashSet<>() : customers.findEmailsIn(emails));
        taken.put("name", names.isEmpty() ? new HashSet<>() : customers.findNameKeysIn(names));
        return taken;
    }

    /** The first of phone, e-mail and name that another customer has; otherwise claims them for this one. */
    private static String firstTaken(Customer customer, Map<String, Set<String>> taken) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("phone", customer.getPhoneKey());
        keys.put("email", customer.getEmail());
        keys.put("name", customer.getNameKey().isEmpty() ? null : customer.getNameKey());
        for (Map.Entry<String, String> key : keys.entrySet()) {
            if (key.getValue() != null && taken.get(key.getKey()).contains(key.getValue())) {
                return key.getKey();
            }
        }
        keys.forEach((kind, key) -> {
            if (key != null) {
                taken.get(kind).add(key);
            }
        });
        return null;
    }

    @Override
    public CustomerDetails update(long id, CustomerForm form) {
        Customer customer = visibleCustomer(id);
        requireVersion(form.getVersion(), customer.getVersion());
        List<FieldError> errors = validate(form);
        if (!dataScope.mayEditCredit()) {
            creditUnchanged(form, customer, errors);
        }
        InvalidInputException.throwIfAny(errors);
        apply(form, customer);
        customers.saveAndFlush(customer);
        terms.index(customer);
        return details(customer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactView> contacts(long customerId) {
        visibleCustomer(customerId);
        return contacts.findByCustomerIdOrderByName(customerId).stream().map(CustomerService::view).toList();
    }

    @Override
    public ContactView addContact(long customerId, ContactForm form) {
        Customer customer = visibleCustomer(customerId);
        List<FieldError> errors = new ArrayList<>();
        String name = trim(form.name());
        if (name == null || name.length() > 120) {
            errors.add(new FieldError("name", "name.required", "A name of 1 to 120 characters is required."));
        }
        checkPhone("phone", form.phone(), errors);
        checkEmail("email", form.email(), errors);
        if (form.birthday() != null && form.birthday().isAfter(today())) {
            errors.add(new FieldError("birthday", "birthday.future", "A birthday cannot be in the future."));
        }
        InvalidInputException.throwIfAny(errors);
        Contact contact = new Contact(customer.getId());
        contact.update(name, trim(form.title()), trim(form.phone()), trim(form.email()), form.birthday(),
                trim(form.decisionRole()));
        ContactView saved = view(contacts.saveAndFlush(contact));
        terms.index(customer);
        return saved;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContactRecordView> timeline(long customerId) {
        visibleCustomer(customerId);
        return records.findByCustomerIdOrderByHappenedAtDescIdDesc(customerId).stream().map(CustomerService::view)
                .toList();
    }

    @Override
    public ContactRecordView addContactRecord(long customerId, ContactRecordForm form) {
        Customer customer = visibleCustomer(customerId);
        Instant now = clock.instant();
        Instant happenedAt = form.happenedAt() == null ? now : form.happenedAt();
        List<FieldError> errors = new ArrayList<>();
        if (form.channel() == null) {
            errors.add(new FieldError("channel", "channel.required", "Choose how the contact happened."));
        }
        String summary = trim(form.summary());
        if (summary == null || summary.length() > 2000) {
            errors.add(new FieldError("summary", "summary.required", "Describe the contact in 1 to 2000 characters."));
        }
        if (happenedAt.isAfter(now.plusSeconds(60))) {
            errors.add(new FieldError("happenedAt", "happenedAt.future", "A contact record cannot be in the future."));
        }
        if (form.nextFollowUpAt() != null && form.nextFollowUpAt().isBefore(today())) {
            errors.add(new FieldError("nextFollowUpAt", "nextFollowUp.past", "The next follow-up cannot be in the past."));
        }
        if (form.contactId() != null && contacts.findById(form.contactId())
                .filter(contact -> contact.getCustomerId().equals(customer.getId())).isEmpty()) {
            errors.add(new FieldError("contactId", "contact.unknown", "No such contact at this customer."));
        }
        if (form.objectionType() == null && trim(form.objectionHandling()) != null) {
            errors.add(new FieldError("objectionType", "objection.type", "Name the type of the objection handled."));
        }
        InvalidInputException.throwIfAny(errors);
        String author = dataScope.current().username();
        ContactRecord record = records.save(new ContactRecord(customer.getId(), form.contactId(), form.channel(),
                happenedAt, author, summary, trim(form.outcome()), form.objectionType(),
                trim(form.objectionHandling()), form.nextFollowUpAt(), form.opportunityId()));
        customer.followedUp(happenedAt, form.nextFollowUpAt());
        customers.saveAndFlush(customer);
        // Opportunities follow in this transaction; one that refuses the record (another customer's) rolls it back.
        events.publishEvent(new com.salesflow.customer.ContactRecorded(customer.getId(), record.getId(),
                form.opportunityId(), happenedAt, form.nextFollowUpAt(), author));
        return view(record);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OwnershipChangeView> ownershipHistory(long customerId) {
        visibleCustomer(customerId);
        return ownershipChanges.findByCustomerIdOrderByChangedAtAscIdAsc(customerId).stream()
                .map(change -> new OwnershipChangeView(change.getChangedAt(), change.getFromOwner(),
                        change.getToOwner(), change.getChangedBy(), change.getReason(), change.getComment()))
                .toList();
    }

    @Override
    public CustomerDetails release(long customerId, String comment) {
        Scope scope = dataScope.current();
        Customer customer = visibleCustomer(customerId);
        if (customer.getOwner() == null) {
            throw new ConflictException("pool.alreadyInPool", "This customer is already in the pool.");
        }
        boolean isOwner = customer.getOwner().equals(scope.username());
        if (!isOwner && !(scope.supervisor() && scope.covers(customer.getOwner())) && !dataScope.mayAssignToAnyone()) {
            throw new AccessDeniedException("Only the owner, their supervisor or a director releases a customer.");
        }
        return changeOwner(customer, null, scope, OwnershipChangeReason.RELEASED, trim(comment));
    }

    @Override
    public CustomerDetails reassign(long customerId, String newOwner, String comment) {
        Scope scope = dataScope.current();
        Customer customer = visibleCustomer(customerId);
        String reason = trim(comment);
        List<FieldError> errors = new ArrayList<>();
        if (reason == null) {
            errors.add(new FieldError("comment", "reason.required", "Say why the customer changes hands."));
        }
        Optional<UserSummary> target = newOwner == null ? Optional.empty() : directory.findByUsername(newOwner);
        if (target.isEmpty() || !target.get().enabled() || !canOwn(target.get())) {
            errors.add(new FieldError("owner", "owner.invalid", "The new owner must be an active salesperson."));
        } else if (target.get().username().equals(customer.getOwner())) {
            errors.add(new FieldError("owner", "owner.same", "The customer already belongs to this person."));
        }
        if (!dataScope.mayAssignToAnyone()) {
            if (!scope.supervisor()) {
                throw new AccessDeniedException("Only supervisors, directors and admins reassign customers.");
            }
            if (target.isPresent() && !scope.owners().contains(target.get().username())) {
                errors.add(new FieldError("owner", "owner.outsideTeam", "Supervisors reassign within their team."));
            }
        }
        InvalidInputException.throwIfAny(errors);
        return changeOwner(customer, target.get().username(), scope, OwnershipChangeReason.REASSIGNED, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserSummary> assignableOwners() {
        Scope scope = dataScope.current();
        boolean anyone = dataScope.mayAssignToAnyone();
        if (!anyone && !scope.supervisor()) {
            return List.of();
        }
        return directory.enabledUsersWithAnyRole(OWNER_ROLES).stream()
                .filter(user -> anyone || scope.owners().contains(user.username()))
                .toList();
    }

    @Override
    public CustomerDetails claim(long customerId) {
        Scope scope = dataScope.current();
        if (!dataScope.mayOwnCustomers()) {
            throw new AccessDeniedException("Only salespeople and supervisors claim customers.");
        }
        Customer customer = visibleCustomer(customerId);
        if (customer.getOwner() != null) {
            throw new ConflictException("pool.ownedByOther",
                    "Someone else owns this customer now; it is no longer in the pool.");
        }
        Instant now = clock.instant();
        Instant startOfDay = today().atStartOfDay(clock.getZone()).toInstant();
        long claimedToday = ownershipChanges.countByToOwnerAndReasonAndChangedAtGreaterThanEqual(scope.username(),
                OwnershipChangeReason.CLAIMED, startOfDay);
        if (claimedToday >= pool.claimsPerDay()) {
            throw new ConflictException("pool.claimsPerDay",
                    "You have claimed " + claimedToday + " customers today, the daily limit.", claimedToday);
        }
        if (customers.countByOwner(scope.username()) >= pool.maxOwned()) {
            throw new ConflictException("pool.maxOwned",
                    "You own " + pool.maxOwned() + " customers, the limit; release some first.", pool.maxOwned());
        }
        Optional<OwnershipChange> lost = ownershipChanges
                .findFirstByCustomerIdAndFromOwnerAndToOwnerIsNullOrderByChangedAtDesc(customer.getId(),
                        scope.username());
        if (lost.isPresent()) {
            Instant allowedFrom = lost.get().getChangedAt().plus(java.time.Duration.ofDays(pool.reclaimBlockDays()));
            if (now.isBefore(allowedFrom)) {
                String from = DateTimeFormatter.ISO_LOCAL_DATE.format(allowedFrom.atZone(clock.getZone()));
                throw new ConflictException("pool.reclaimBlocked",
                        "You gave this customer up recently; you may claim it again from " + from + ".", from);
            }
        }
        return changeOwner(customer, scope.username(), scope, OwnershipChangeReason.CLAIMED, null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerMatch> findMatch(String phone, String email, String company) {
        String phoneKey = MatchKeys.phone(phone);
        String phoneTerm = phoneKey != null && phoneKey.length() >= 7 ? SearchTerms.exactKey(phoneKey) : null;
        String emailTerm = email != null && !email.isBlank() ? SearchTerms.exactKey(email) : null;
        String companyKey = company != null && !company.isBlank() ? MatchKeys.company(company.strip()) : null;
        return terms.firstMatch(phoneTerm, emailTerm, companyKey == null || companyKey.isEmpty() ? null : companyKey)
                .flatMap(found -> customers.findById(found.customerId())
                        .map(customer -> match(customer, MATCHED_ON.get(found.key() - 1))));
    }

    private static final List<String> MATCHED_ON = List.of("PHONE", "EMAIL", "COMPANY");

    @Override
    @Transactional(readOnly = true)
    public Optional<String> ownerOf(long customerId) {
        return customers.findOwnersOf(List.of(customerId)).stream().map(row -> (String) row[1])
                .filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<com.salesflow.customer.Grade> gradeOf(long customerId) {
        return customers.findGradeOf(customerId);
    }

    private static CustomerMatch match(Customer customer, String matchedOn) {
        return new CustomerMatch(customer.getId(), customer.getName(), customer.getOwner(), matchedOn);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomerSummary> possibleDuplicates(long customerId) {
        Customer customer = visibleCustomer(customerId);
        Specification<Customer> similar = (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            if (customer.getPhoneKey() != null) {
                any.add(cb.equal(root.get("phoneKey"), customer.getPhoneKey()));
            }
            if (customer.getEmail() != null) {
                any.add(cb.equal(root.get("email"), customer.getEmail()));
            }
            String key = customer.getNameKey();
            if (key != null && !key.isEmpty()) {
                any.add(cb.equal(root.get("nameKey"), key));
            }
            // "华东机械" and "上海华东机械有限公司" are the same company; short keys would match too much.
            if (key != null && key.length() >= 4) {
                any.add(cb.like(root.get("nameKey"), "%" + key + "%"));
                any.add(cb.and(cb.greaterThanOrEqualTo(cb.length(root.get("nameKey")), 4),
                        cb.like(cb.literal(key), cb.concat(cb.concat("%", root.get("nameKey")), "%"))));
            }
            return cb.and(cb.notEqual(root.get("id"), customer.getId()), cb.or(any.toArray(Predicate[]::new)));
        };
        return customers.findAll(visible(dataScope.current()).and(similar), PageRequest.of(0, 20))
                .map(this::summary).getContent();
    }

    @Override
    public CustomerDetails merge(long keepId, long keepVersion, long duplicateId, long duplicateVersion) {
        Scope scope = dataScope.current();
        if (keepId == duplicateId) {
            throw InvalidInputException.of("duplicateId", "merge.same", "A customer cannot be merged into itself.");
        }
        Customer keep = visibleCustomer(keepId);
        Customer duplicate = visibleCustomer(duplicateId);
        if (!dataScope.mayAssignToAnyone() && !scope.supervisor()) {
            throw new AccessDeniedException("Only supervisors, directors and admins merge customers.");
        }
        requireVersion(keepVersion, keep.getVersion());
        requireVersion(duplicateVersion, duplicate.getVersion());
        Instant now = clock.instant();
        keep.absorb(duplicate);
        contacts.findByCustomerIdOrderByName(duplicate.getId()).forEach(contact -> contact.moveTo(keep.getId()));
        records.findByCustomerIdOrderByHappenedAtDescIdDesc(duplicate.getId())
                .forEach(record -> record.moveTo(keep.getId()));
        ownershipChanges.findByCustomerIdOrderByChangedAtAscIdAsc(duplicate.getId())
                .forEach(change -> change.moveTo(keep.getId()));
        ownershipChanges.save(new OwnershipChange(keep.getId(), now, duplicate.getOwner(), keep.getOwner(),
                scope.username(), OwnershipChangeReason.MERGED,
                "Merged customer #" + duplicate.getId() + " (" + duplicate.getName() + ")"));
        customers.flush();
        events.publishEvent(new CustomersMerged(keep.getId(), duplicate.getId()));
        customers.delete(duplicate);
        customers.saveAndFlush(keep);
        terms.index(keep);
        return details(keep);
    }

    private CustomerDetails changeOwner(Customer customer, String newOwner, Scope scope, OwnershipChangeReason reason,
            String comment) {
        Instant now = clock.instant();
        String previous = customer.getOwner();
        customer.changeOwner(newOwner, now);
        // Flushing here makes two people claiming the same customer at once collide on its version.
        customers.saveAndFlush(customer);
        ownershipChanges.save(new OwnershipChange(customer.getId(), now, previous, newOwner, scope.username(),
                reason, comment));
        return details(customer);
    }

    private String initialOwner(String requested, Scope scope, List<FieldError> errors) {
        String owner = trim(requested);
        if (owner == null) {
            return dataScope.mayOwnCustomers() ? scope.username() : null;
        }
        if (owner.equals(scope.username()) && dataScope.mayOwnCustomers()) {
            return owner;
        }
        Optional<UserSummary> target = directory.findByUsername(owner);
        if (target.isEmpty() || !target.get().enabled() || !canOwn(target.get())) {
            errors.add(new FieldError("owner", "owner.invalid", "The owner must be an active salesperson."));
        } else if (!dataScope.mayAssignToAnyone() && !(scope.supervisor() && scope.owners().contains(owner))) {
            errors.add(new FieldError("owner", "owner.outsideTeam", "You cannot give customers to this person."));
        }
        return owner;
    }

    private static boolean canOwn(UserSummary user) {
        return OWNER_ROLES.stream().anyMatch(user::hasRole);
    }

    @Override
    @Transactional(readOnly = true)
    public com.salesflow.customer.OwnerScope ownerScope() {
        Scope scope = dataScope.current();
        // A supervisor who also sees everything keeps their teams as "owners": whom they may give records to.
        return new com.salesflow.customer.OwnerScope(scope.username(), scope.all(),
                scope.all() && !scope.supervisor() ? Set.of(scope.username()) : withSelf(scope), scope.supervisor());
    }

    private static Set<String> withSelf(Scope scope) {
        Set<String> owners = new LinkedHashSet<>(scope.owners());
        owners.add(scope.username());
        return owners;
    }

    /** The customer if the caller's scope covers it; 404 otherwise, as if it did not exist. */
    Customer visibleCustomer(long id) {
        Scope scope = dataScope.current();
        return customers.findById(id).filter(customer -> scope.covers(customer.getOwner()))
                .orElseThrow(() -> new NotFoundException("No customer with id " + id));
    }

    private List<FieldError> validate(CustomerForm form) {
        List<FieldError> errors = new ArrayList<>();
        if (form.getType() == null) {
            errors.add(new FieldError("type", "type.required", "Choose company or person."));
        }
        String name = trim(form.getName());
        if (name == null || name.length() > 200) {
            errors.add(new FieldError("name", "customer.name.required", "A name of 1 to 200 characters is required."));
        }
        checkPhone("phone", form.getPhone(), errors);
        checkEmail("email", form.getEmail(), errors);
        if (form.getSource() == null) {
            errors.add(new FieldError("source", "source.required", "Choose where the customer came from."));
        }
        if (form.getGrade() == null) {
            errors.add(new FieldError("grade", "grade.required", "Choose a grade."));
        }
        if (form.getLifecycle() == null) {
            errors.add(new FieldError("lifecycle", "lifecycle.required", "Choose a lifecycle class."));
        }
        if (form.getCreditLimit() != null && form.getCreditLimit().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(new FieldError("creditLimit", "creditLimit.negative", "The credit limit cannot be negative."));
        }
        if (form.getPaymentTermDays() != null && (form.getPaymentTermDays() < 0 || form.getPaymentTermDays() > 365)) {
            errors.add(new FieldError("paymentTermDays", "paymentTerm.range", "Payment terms are 0 to 365 days."));
        }
        if (form.getBirthday() != null && form.getBirthday().isAfter(today())) {
            errors.add(new FieldError("birthday", "birthday.future", "A birthday cannot be in the future."));
        }
        if (form.getTags().size() > MAX_TAGS || form.getTags().stream().anyMatch(tag -> tag == null
                || tag.isBlank() || tag.strip().length() > 40)) {
            errors.add(new FieldError("tags", "tags.invalid", "Up to 20 tags of 1 to 40 characters each."));
        }
        for (String[] text : new String[][] {{"background", form.getBackground()},
                {"preferences", form.getPreferences()}, {"needs", form.getNeeds()}, {"concerns", form.getConcerns()}}) {
            if (text[1] != null && text[1].length() > 2000) {
                errors.add(new FieldError(text[0], "text.long", "At most 2000 characters."));
            }
        }
        return errors;
    }

    /**
     * Only finance and admins change a customer's credit (through a survey or the terms, {@link CreditService}); the
     * profile of anyone else must bring the credit back as it is.
     */
    private static void creditUnchanged(CustomerForm form, Customer customer, List<FieldError> errors) {
        if (form.getCreditRating() != customer.getCreditRating()) {
            errors.add(new FieldError("creditRating", "credit.financeOnly", "Only finance changes the credit."));
        }
        if (!sameAmount(form.getCreditLimit(), customer.getCreditLimit())) {
            errors.add(new FieldError("creditLimit", "credit.financeOnly", "Only finance changes the credit."));
        }
        if (!java.util.Objects.equals(form.getPaymentTermDays(), customer.getPaymentTermDays())) {
            errors.add(new FieldError("paymentTermDays", "credit.financeOnly", "Only finance changes the credit."));
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void checkPhone(String field, String phone, List<FieldError> errors) {
        String value = trim(phone);
        if (value != null && !Validation.isPhone(value)) {
            errors.add(new FieldError(field, "phone.format", "This is not a valid phone number."));
        }
    }

    private static void checkEmail(String field, String email, List<FieldError> errors) {
        String value = trim(email);
        if (value != null && !Validation.isEmail(value)) {
            errors.add(new FieldError(field, "email.format", "This is not a valid e-mail address."));
        }
    }

    private void apply(CustomerForm form, Customer customer) {
        customer.setType(form.getType());
        customer.setName(trim(form.getName()));
        customer.setPhone(trim(form.getPhone()));
        customer.setEmail(trim(form.getEmail()) == null ? null : form.getEmail().strip().toLowerCase(Locale.ROOT));
        customer.setWebsite(trim(form.getWebsite()));
        customer.setIndustry(trim(form.getIndustry()));
        customer.setRegion(trim(form.getRegion()));
        customer.setAddress(trim(form.getAddress()));
        customer.setBirthday(form.getType() == CustomerType.PERSON ? form.getBirthday() : null);
        customer.setSource(form.getSource());
        customer.setGrade(form.getGrade());
        customer.setLifecycle(form.getLifecycle());
        customer.setCreditRating(form.getCreditRating());
        customer.setCreditLimit(form.getCreditLimit());
        customer.setPaymentTermDays(form.getPaymentTermDays());
        Set<String> tags = new LinkedHashSet<>();
        form.getTags().forEach(tag -> tags.add(tag.strip()));
        customer.setTags(tags);
        customer.setPreferredChannel(form.getPreferredChannel());
        customer.setPreferredTime(trim(form.getPreferredTime()));
        customer.setBackground(trim(form.getBackground()));
        customer.setPreferences(trim(form.getPreferences()));
        customer.setNeeds(trim(form.getNeeds()));
        customer.setConcerns(trim(form.getConcerns()));
        customer.setNextFollowUpAt(form.getNextFollowUpAt());
    }

    /** The customers of the list: in the scope and matching the filter (also used by the export). */
    Specification<Customer> visibleMatching(Scope scope, CustomerFilter filter) {
        if (trim(filter.text()) != null) {
            // The text's matches are narrowed to the scope by id: a scope predicate beside the ids would let MySQL
            // count through the owner index (200,000 pool rows) instead of looking up 200 ids.
            return matching(filter, scope.all() ? null : scope::covers);
        }
        return visible(scope).and(matching(filter, owner -> true));
    }

    private Specification<Customer> poolMatching(Scope scope, CustomerFilter filter) {
        if (trim(filter.text()) != null) {
            return matching(filter, owner -> owner == null && scope.pool());
        }
        return inPool(scope).and(matching(filter, owner -> true));
    }

    private Specification<Customer> visible(Scope scope) {
        return (root, query, cb) -> {
            if (scope.all()) {
                return cb.conjunction();
            }
            List<Predicate> either = new ArrayList<>();
            if (!scope.owners().isEmpty()) {
                either.add(root.get("owner").in(scope.owners()));
            }
            if (scope.pool()) {
                either.add(cb.isNull(root.get("owner")));
            }
            return either.isEmpty() ? cb.disjunction() : cb.or(either.toArray(Predicate[]::new));
        };
    }

    private Set<Long> inScope(Set<Long> ids, java.util.function.Predicate<String> ownerAllowed) {
        Set<Long> allowed = new HashSet<>();
        if (!ids.isEmpty()) {
            for (Object[] idAndOwner : customers.findOwnersOf(ids)) {
                if (ownerAllowed.test((String) idAndOwner[1])) {
                    allowed.add((Long) idAndOwner[0]);
                }
            }
        }
        return allowed;
    }

    private static Specification<Customer> inPool(Scope scope) {
        return (root, query, cb) -> scope.pool() ? cb.isNull(root.get("owner")) : cb.disjunction();
    }

    /**
     * Filters of the list; customers found by the text are kept only when their owner passes {@code ownerAllowed}
     * (null: all of them).
     */
    private Specification<Customer> matching(CustomerFilter filter, java.util.function.Predicate<String> ownerAllowed) {
        LocalDate today = today();
        String text = trim(filter.text());
        Set<Long> found = text == null ? null : terms.matching(SearchTerms.query(text)).ids();
        Set<Long> textMatches = found == null || ownerAllowed == null ? found : inScope(found, ownerAllowed);
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (textMatches != null) {
                predicates.add(textMatches.isEmpty() ? cb.disjunction() : root.get("id").in(textMatches));
            }
            if (trim(filter.owner()) != null) {
                predicates.add(cb.equal(root.get("owner"), filter.owner().strip()));
            }
            if (filter.grade() != null) {
                predicates.add(cb.equal(root.get("grade"), filter.grade()));
            }
            if (trim(filter.tag()) != null) {
                predicates.add(cb.isMember(filter.tag().strip(), root.<Set<String>>get("tags")));
            }
            if (trim(filter.region()) != null) {
                predicates.add(cb.equal(root.get("region"), filter.region().strip()));
            }
            if (filter.lifecycle() != null) {
                predicates.add(cb.equal(root.get("lifecycle"), filter.lifecycle()));
            }
            if (filter.overdueOnly()) {
                predicates.add(cb.lessThan(root.get("nextFollowUpAt"), today));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireVersion(Long expected, long actual) {
        ConflictException.requireVersion(expected, actual,
                "Someone else changed this customer meanwhile; reload and try again.");
    }


    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private CustomerSummary summary(Customer c) {
        return new CustomerSummary(c.getId(), c.getType(), c.getName(), c.getPhone(), c.getEmail(), c.getIndustry(),
                c.getRegion(), c.getSource(), c.getOwner(), c.getGrade(), c.getRfmTier(), c.getLifecycle(),
                c.getCreditRating(), Set.copyOf(c.getTags()), c.getLastFollowUpAt(), c.getNextFollowUpAt(),
                c.getVersion());
    }

    private CustomerDetails details(Customer c) {
        return new CustomerDetails(c.getId(), c.getType(), c.getName(), c.getPhone(), c.getEmail(), c.getWebsite(),
                c.getIndustry(), c.getRegion(), c.getAddress(), c.getBirthday(), c.getSource(), c.getOwner(),
                c.getGrade(), c.getRfmTier(), c.getLifecycle(), c.getCreditRating(), c.getCreditLimit(),
                c.getPaymentTermDays(), Set.copyOf(c.getTags()), c.getPreferredChannel(), c.getPreferredTime(),
                c.getBackground(), c.getPreferences(), c.getNeeds(), c.getConcerns(), c.getLastFollowUpAt(),
                c.getNextFollowUpAt(), c.getCreatedAt(), c.getVersion());
    }

    private static ContactView view(Contact c) {
        return new ContactView(c.getId(), c.getName(), c.getTitle(), c.getPhone(), c.getEmail(), c.getBirthday(),
                c.getDecisionRole(), c.getVersion());
    }

    private static ContactRecordView view(ContactRecord r) {
        return new ContactRecordView(r.getId(), r.getChannel(), r.getHappenedAt(), r.getAuthor(), r.getContactId(),
                r.getSummary(), r.getOutcome(), r.getObjectionType(), r.getObjectionHandling(), r.getNextFollowUpAt(),
                r.getOpportunityId());
    }
}
