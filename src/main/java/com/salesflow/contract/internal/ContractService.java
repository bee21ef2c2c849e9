package com.salesflow.contract.internal;

import com.salesflow.contract.CancelForm;
import com.salesflow.contract.CancelReason;
import com.salesflow.contract.ContractAction;
import com.salesflow.contract.ContractActions;
import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.ContractFilter;
import com.salesflow.contract.ContractForm;
import com.salesflow.contract.ContractLine;
import com.salesflow.contract.ContractStatus;
import com.salesflow.contract.ContractSummary;
import com.salesflow.contract.ContractTrailEntry;
import com.salesflow.contract.Contracts;
import com.salesflow.contract.Delivery;
import com.salesflow.contract.DeliveryForm;
import com.salesflow.contract.Instalment;
import com.salesflow.contract.InstalmentStatus;
import com.salesflow.contract.OrderStatus;
import com.salesflow.contract.OrderView;
import com.salesflow.contract.Payment;
import com.salesflow.contract.PaymentForm;
import com.salesflow.contract.PaymentPlanForm;
import com.salesflow.contract.SignedCopy;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.Customers;
import com.salesflow.customer.OwnerScope;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Contracts}: the owner's, finance's and everyone's reading side of contracts; the process does the rest. */
@Service
@Transactional
class ContractService implements Contracts {

    private static final int CUSTOMER_MATCHES = 200;
    private static final int MAX_INSTALMENTS = 36;

    private final ContractRepository contracts;
    private final ContractTrailRepository trail;
    private final InstalmentRepository instalments;
    private final PaymentRepository payments;
    private final OrderRepository orders;
    private final DeliveryRepository deliveries;
    private final ContractFileRepository files;
    private final ContractProcess process;
    private final Customers customers;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContractService(ContractRepository contracts, ContractTrailRepository trail, InstalmentRepository instalments,
            PaymentRepository payments, OrderRepository orders, DeliveryRepository deliveries,
            ContractFileRepository files, ContractProcess process, Customers customers, CurrentUser currentUser,
            Clock clock) {
        this.contracts = contracts;
        this.trail = trail;
        this.instalments = instalments;
        this.payments = payments;
        this.orders = orders;
        this.deliveries = deliveries;
        this.files = files;
        this.process = process;
        this.customers = customers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ContractSummary> list(ContractFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("updatedAt").descending());
        Page<ContractRecord> page = contracts.findAll(matching(customers.ownerScope(), filter), sorted);
        List<ContractSummary> rows = summaries(page.getContent());
        return new org.springframework.data.domain.PageImpl<>(rows, sorted, page.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ContractFilter filter) {
        return contracts.count(matching(customers.ownerScope(), filter));
    }

    @Override
    @Transactional(readOnly = true)
    public ContractDetails get(long id) {
        OwnerScope scope = customers.ownerScope();
        return details(visible(id, scope), scope);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContractSummary> ofQuote(long quoteId) {
        OwnerScope scope = customers.ownerScope();
        return contracts.findByQuoteId(quoteId).filter(c -> scope.covers(c.getOwner()))
                .map(c -> summaries(List.of(c)).get(0));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContractSummary> ofCustomer(long customerId) {
        return list(new ContractFilter(null, Set.of(), customerId, null),
                PageRequest.of(0, 200, Sort.by("createdAt").descending())).getContent();
    }

    @Override
    public ContractDetails update(long id, ContractForm form) {
        OwnerScope scope = customers.ownerScope();
        ContractRecord contract = visible(id, scope);
        requireOwnerSide(contract, scope);
        contract.requireStatus(ContractStatus.EDITABLE, "be changed after signing");
        contract.requireVersion(form.version());
        boolean amendment = contract.getStatus() != ContractStatus.DRAFT;
        List<FieldError> errors = new ArrayList<>();
        int termsDays = form.paymentTermsDays() == null ? contract.getPaymentTermsDays() : form.paymentTermsDays();
        if (termsDays < 0 || termsDays > 365) {
            errors.add(new FieldError("paymentTermsDays", "contract.paymentTerms",
                    "Payment terms are 0 to 365 days."));
        }
        String terms = trim(form.terms());
        if (terms != null && terms.length() > 4000) {
            errors.add(new FieldError("terms", "contract.terms", "Keep the terms to 4000 characters."));
        }
        String deviationNote = trim(form.deviationNote());
        boolean deviates = form.deviations() != null && !form.deviations().isEmpty();
        if (deviates && deviationNote == null) {
            errors.add(new FieldError("deviationNote", "contract.deviationNote",
                    "Describe the deviations from the standard terms."));
        }
        if (deviationNote != null && deviationNote.length() > 2000) {
            errors.add(new FieldError("deviationNote", "contract.deviationNoteLength",
                    "Keep the description to 2000 characters."));
        }
        String reason = trim(form.amendmentReason());
        if (amendment && reason == null) {
            errors.add(new FieldError("amendmentReason", "contract.amendmentReason",
                    "Say why the contract is amended: it will be approved again."));
        }
        if (reason != null && reason.length() > 1000) {
            errors.add(new FieldError("amendmentReason", "contract.amendmentReasonLength",
                    "Keep the reason to 1000 characters."));
        }
        Map<Integer, ContractLineRecord> byPosition = new HashMap<>();
        contract.getLines().forEach(l -> byPosition.put(l.getPosition(), l));
        List<ContractForm.LineChange> changes = form.lines() == null ? List.of() : form.lines();
        for (int i = 0; i < changes.size(); i++) {
            ContractForm.LineChange change = changes.get(i);
            String prefix = "lines[" + i + "].";
            if (!byPosition.containsKey(change.position())) {
                errors.add(new FieldError(prefix + "position", "contract.linePosition", "No such line."));
                continue;
            }
            if (change.quantity() == null || change.quantity().signum() <= 0 || change.quantity().scale() > 3) {
                errors.add(new FieldError(prefix + "quantity", "contract.quantity",
                        "The quantity must be above 0, with at most 3 decimals."));
            }
            if (change.unitPrice() == null || change.unitPrice().signum() < 0 || change.unitPrice().scale() > 2) {
                errors.add(new FieldError(prefix + "unitPrice", "contract.unitPrice",
                        "The unit price cannot be negative and has at most 2 decimals."));
            }
        }
        InvalidInputException.throwIfAny(errors);

        ContractStatus before = contract.getStatus();
        String by = currentUser.requireUsername();
        Instant now = clock.instant();
        BigDecimal oldTotal = contract.getTotal();
        for (ContractForm.LineChange change : changes) {
            ContractLineRecord line = byPosition.get(change.position());
            if (line.getQuantity().compareTo(change.quantity()) != 0
                    || line.getUnitPrice().compareTo(change.unitPrice()) != 0) {
                line.reprice(change.quantity(), change.unitPrice(), ContractPricing.price(change.quantity(),
                        change.unitPrice(), line.getDiscountPercent(), contract.getHeaderDiscountPercent(),
                        line.getTaxRate()));
            }
        }
        contract.retotal();
        contract.editTerms(termsDays, terms, form.deviations(), deviates ? deviationNote : null);
        if (amendment) {
            contract.amended();
        }
        contract.touched(by, now);
        List<InstalmentRecord> plan = instalments.findByContractIdOrderBySeqAsc(id);
        if (plan.size() == 1 && oldTotal.compareTo(contract.getTotal()) != 0) {
            // A plan of one instalment follows the total; a plan split by hand is the owner's to fix before submit.
            InstalmentRecord only = plan.get(0);
            instalments.delete(only);
            instalments.flush();
            instalments.save(new InstalmentRecord(id, 1, only.getDueDate(), contract.getTotal(), only.isPrepayment(),
                    contract.getCustomerId(), contract.getOwner(), contract.getCurrency()));
        }
        if (amendment) {
            record(contract, ContractAction.AMENDED, by, reason + (oldTotal.compareTo(contract.getTotal()) == 0 ? ""
                    : " (total " + oldTotal.toPlainString() + " → " + contract.getTotal().toPlainString() + ")"));
            if (before == ContractStatus.IN_APPROVAL || before == ContractStatus.APPROVED) {
                contracts.flush();
                process.amended(contract.getProcessInstanceId());
            }
        }
        return saved(contract, scope);
    }

    @Override
    public ContractDetails submit(long id, long version) {
        OwnerScope scope = customers.ownerScope();
        ContractRecord contract = visible(id, scope);
        requireOwnerSide(contract, scope);
        contract.requireStatus(Set.of(ContractStatus.DRAFT, ContractStatus.SENT_BACK), "be submitted");
        contract.requireVersion(version);
        process.submit(contract.getProcessInstanceId(), currentUser.requireUsername(), null);
        return saved(contract, scope);
    }

    @Override
    public ContractDetails savePlan(long id, PaymentPlanForm plan) {
        OwnerScope scope = customers.ownerScope();
        ContractRecord contract = visible(id, scope);
        requireOwnerOrFinance(contract, scope);
        if (!contract.getStatus().isBeforeSigning()) {
            throw new ConflictException("contract.state", "The payment plan is fixed once the contract is signed.");
        }
        contract.requireVersion(plan.version());
        List<PaymentPlanForm.Item> items = plan.instalments() == null ? List.of() : plan.instalments();
        List<FieldError> errors = new ArrayList<>();
        if (items.isEmpty() || items.size() > MAX_INSTALMENTS) {
            errors.add(new FieldError("instalments", "contract.planSize",
                    "A payment plan has 1 to " + MAX_INSTALMENTS + " instalments."));
        }
        LocalDate previous = null;
        for (int i = 0; i < items.size(); i++) {
            PaymentPlanForm.Item item = items.get(i);
            String prefix = "instalments[" + i + "].";
            if (item.dueDate() == null) {
                errors.add(new FieldError(prefix + "dueDate", "contract.dueDate", "Enter the due date."));
            } else if (previous != null && item.dueDate().isBefore(previous)) {
                errors.add(new FieldError(prefix + "dueDate", "contract.dueOrder",
                        "Instalments are in the order of their due dates."));
            }
            if (item.dueDate() != null) {
                previous = item.dueDate();
            }
            if (item.amount() == null || item.amount().signum() <= 0 || item.amount().scale() > 2) {
                errors.add(new FieldError(prefix + "amount", "contract.amount",
                        "An amount is above 0, with at most 2 decimals."));
            }
        }
        InvalidInputException.throwIfAny(errors);
        PlanCheck.requireSum(items.stream().map(PaymentPlanForm.Item::amount).toList(), contract.getTotal());
        instalments.deleteAll(instalments.findByContractIdOrderBySeqAsc(id));
        instalments.flush();
        for (int i = 0; i < items.size(); i++) {
            PaymentPlanForm.Item item = items.get(i);
            instalments.save(new InstalmentRecord(id, i + 1, item.dueDate(), item.amount(), item.prepayment(),
                    contract.getCustomerId(), contract.getOwner(), contract.getCurrency()));
        }
        String by = currentUser.requireUsername();
        contract.touched(by, clock.instant());
        record(contract, ContractAction.PAYMENT_PLAN_CHANGED, by, items.size() + " instalment(s)");
        return saved(contract, scope);
    }

    @Override
    public ContractDetails sign(long id, LocalDate signedOn, SignedCopy copy, long version) {
        OwnerScope scope = customers.ownerScope();
        ContractRecord contract = visible(id, scope);
        requireOwnerSide(contract, scope);
        contract.requireStatus(Set.of(ContractStatus.APPROVED), "be signed before it is approved");
        contract.requireVersion(version);
        List<FieldError> errors = new ArrayList<>();
        if (signedOn == null) {
            errors.add(new FieldError("signedOn", "contract.signedOn", "Enter the day the contract was signed."));
        } else if (signedOn.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("signedOn", "contract.signedOnFuture", "The signing day cannot be in the future."));
        }
        String type = copy == null ? null : SignedCopy.contentTypeOf(copy.content()).orElse(null);
        if (copy == null || copy.content() == null || copy.content().length == 0) {
            errors.add(new FieldError("signedCopy", "contract.signedCopy", "Upload the signed copy."));
        } else if (copy.content().length > SignedCopy.MAX_BYTES) {
            errors.add(new FieldError("signedCopy", "contract.signedCopyTooLarge",
                    "The signed copy may be at most 10 MB."));
        } else if (type == null) {
            errors.add(new FieldError("signedCopy", "contract.signedCopyType",
                    "The signed copy must be a PDF, JPEG or PNG file."));
        }
        InvalidInputException.throwIfAny(errors);
        String by = currentUser.requireUsername();
        Instant now = clock.instant();
        String name = SignedCopies.fileName(copy.fileName(), contract.getNumber(), type);
        contract.signed(signedOn, by, now, name, type, copy.content().length);
        contract.touched(by, now);
        files.findById(id).ifPresentOrElse(f -> f.replace(copy.content()),
                () -> files.save(new ContractFileRecord(id, copy.content())));
        record(contract, ContractAction.SIGNED, by, signedOn + " · " + name);
        contracts.flush();
        process.signed(contract.getProcessInstanceId());
        return saved(contract, scope);
    }

    @Override
    @Transactional(readOnly = true)
    public SignedCopy signedCopy(long id) {
        ContractRecord contract = visible(id, customers.ownerScope());
        ContractFileRecord file = files.findById(id)
                .orElseThrow(() -> new NotFoundException("Contract " + contract.getNumber() + " has no signed copy"));
        return new SignedCopy(contract.getSignedCopyName(), contract.getSignedCopyType(), file.getContent());
    }

    @Override
    public ContractDetails recordDelivery(long id, DeliveryForm form) {
        OwnerScope scope = customers.ownerScope();
        ContractRecord contract = visible(id, scope);
        requireOwnerSide(contract, scope);
        contract.requireStatus(Set.of(ContractStatus.SIGNED), "be delivered");
        OrderRecord order = orders.findByContractId(id).orElseThrow(() -> new ConflictException("contract.noOrder",
                "This contract has no order yet; reload it."));
        if (order.getStatus() != OrderStatus.OPEN) {
            throw new ConflictException("contract.delivered", "The order is delivered in full already.");
        }
        boolean prepaymentOpen = instalments.findByContractIdOrderBySeqAsc(id).stream()
                .anyMatch(i -> i.isPrepayment() && i.getStatus() == InstalmentStatus.OPEN);
        if (prepaymentOpen) {
            throw new ConflictException("contract.prepaymentOutstanding",
                    "The prepayment has not been received in full: nothing is delivered before it.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (form.deliveredOn() == null) {
            errors.add(new FieldError("deliveredOn", "contract.deliveredOn", "Enter the delivery day."));
        } else if (form.deliveredOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("deliveredOn", "contract.deliveredOnFuture",
                    "A delivery is recorded when it has happened."));
        }
        String note = trim(form.note());
        if (note != null && note.length() > 1000) {
            errors.add(new FieldError("note", "contract.note", "Keep the note to 1000 characters."));
        }
        Map<Integer, ContractLineRecord> byPosition = new HashMap<>();
        contract.getLines().forEach(l -> byPosition.put(l.getPosition(), l));
        List<Delivery.Line> lines = form.lines() == null ? List.of() : form.lines().stream()
                .filter(l -> l.quantity() != null && l.quantity().signum() != 0).toList();
        if (lines.isEmpty()) {
            errors.add(new FieldError("lines", "contract.deliveryEmpty", "Enter what was delivered."));
        }
        Map<Integer, BigDecimal> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Delivery.Line line = lines.get(i);
            ContractLineRecord target = byPosition.get(line.position());
            String field = "lines[" + i + "].quantity";
            if (target == null) {
                errors.add(new FieldError("lines[" + i + "].position", "contract.linePosition", "No such line."));
            } else if (line.quantity().signum() < 0 || line.quantity().scale() > 3) {
                errors.add(new FieldError(field, "contract.quantity",
                        "The quantity must be above 0, with at most 3 decimals."));
            } else {
                BigDecimal total = seen.merge(line.position(), line.quantity(), BigDecimal::add);
                BigDecimal remaining = target.getQuantity().subtract(target.getDelivered());
                if (total.compareTo(remaining) > 0) {
                    errors.add(new FieldError(field, "contract.overDelivery",
                            "Only " + remaining.stripTrailingZeros().toPlainString() + " " + target.getUnit()
                                    + " remain to be delivered."));
                }
            }
        }
        InvalidInputException.throwIfAny(errors);
        String by = currentUser.requireUsername();
        Instant now = clock.instant();
        seen.forEach((position, quantity) -> byPosition.get(position).deliver(quantity));
        deliveries.save(new DeliveryRecord(order.getId(), form.deliveredOn(), note, by, now, seen.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new DeliveryRecord.Line(e.getKey(), e.getValue())).toList()));
        contract.touched(by, now);
        boolean complete = contract.fullyDelivered();
        record(contract, ContractAction.DELIVERED, by, (complete ? "In full" : "Partial") + ", " + form.deliveredOn()
                + (note == null ? "" : ": " + note));
        if (complete) {
            order.delivered(now);
            contracts.flush();
            process.delivered(contract.getProcessInstanceId());
        }
        return saved(contract, scope);
    }

    @Override
    public ContractDetails recordPayment(long id, PaymentForm form) {
        OwnerScope scope = customers.ownerScope();
        ContractRecord contract = visible(id, scope);
        requireOwnerOrFinance(contract, scope);
        String reference = trim(form.reference());
        if (reference == null || reference.length() > 60) {
            throw InvalidInputException.of("reference", "contract.reference",
                    "Enter the payment's reference (bank transaction or receipt number), at most 60 characters.");
        }
        Optional<PaymentRecord> earlier = payments.findByReference(reference);
        if (earlier.isPresent()) {
            PaymentRecord payment = earlier.get();
            boolean same = payment.getContractId() == id && payment.getInstalmentId() == form.instalmentId()
                    && form.amount() != null && payment.getAmount().compareTo(form.amount()) == 0;
            if (!same) {
                throw new ConflictException("contract.paymentReference",
                        "A different payment was recorded with reference " + reference + ".");
            }
            return saved(contract, scope);
        }
        contract.requireStatus(Set.of(ContractStatus.SIGNED), "take payments (only a signed contract does)");
        InstalmentRecord instalment = instalments.findById(form.instalmentId())
                .filter(i -> i.getContractId() == id).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        if (instalment == null || instalment.getStatus() != InstalmentStatus.OPEN) {
            errors.add(new FieldError("instalmentId", "contract.instalment",
                    "Choose an open instalment of this contract."));
        }
        if (form.amount() == null || form.amount().signum() <= 0 || form.amount().scale() > 2) {
            errors.add(new FieldError("amount", "contract.amount", "An amount is above 0, with at most 2 decimals."));
        } else if (instalment != null && form.amount().compareTo(instalment.open()) > 0) {
            errors.add(new FieldError("amount", "contract.overpayment", "Only " + instalment.open().toPlainString()
                    + " " + contract.getCurrency() + " is open on this instalment."));
        }
        if (form.receivedOn() == null) {
            errors.add(new FieldError("receivedOn", "contract.receivedOn", "Enter the day the money arrived."));
        } else if (form.receivedOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("receivedOn", "contract.receivedOnFuture",
                    "A payment is recorded when it has arrived."));
        }
        String note = trim(form.note());
        if (note != null && note.length() > 1000) {
            errors.add(new FieldError("note", "contract.note", "Keep the note to 1000 characters."));
        }
        InvalidInputException.throwIfAny(errors);
        String by = currentUser.requireUsername();
        Instant now = clock.instant();
        payments.save(new PaymentRecord(id, instalment.getId(), form.amount(), form.receivedOn(), reference, note, by,
                now));
        boolean settled = instalment.pay(form.amount(), now);
        contract.touched(by, now);
        record(contract, ContractAction.PAYMENT_RECEIVED, by, form.amount().toPlainString() + " "
                + contract.getCurrency() + " on instalment " + instalment.getSeq() + " (" + reference + ")");
        if (settled) {
            contracts.flush();
            process.paid(contract.getProcessInstanceId(), instalment.getId());
        }
        return saved(contract, scope);
    }

    @Override
    public ContractDetails cancel(long id, CancelForm form) {
        OwnerScope scope = customers.ownerScope();
        ContractRecord contract = visible(id, scope);
        requireOwnerSide(contract, scope);
        if (contract.getStatus().isClosed()) {
            throw new ConflictException("contract.state", "The contract is " + contract.getStatus()
                    + ": it cannot be cancelled.");
        }
        contract.requireVersion(form.version());
        String note = trim(form.note());
        List<FieldError> errors = new ArrayList<>();
        if (form.reason() == null) {
            errors.add(new FieldError("reason", "contract.cancelReason", "Choose why the contract is cancelled."));
        } else if (form.reason() == CancelReason.OTHER && note == null) {
            errors.add(new FieldError("note", "contract.cancelNote", "Say why the contract is cancelled."));
        }
        if (note != null && note.length() > 1000) {
            errors.add(new FieldError("note", "contract.note", "Keep the note to 1000 characters."));
        }
        InvalidInputException.throwIfAny(errors);
        String by = currentUser.requireUsername();
        if (!process.cancel(contract.getProcessInstanceId(), by, form.reason().name(), note)) {
            throw new ConflictException("contract.notWaiting", "This contract's process has ended; reload it.");
        }
        return saved(contracts.findById(id).orElseThrow(), scope);
    }

    /** The contract as changed, its version counted: what the caller must send with the next change. */
    private ContractDetails saved(ContractRecord contract, OwnerScope scope) {
        contracts.flush();
        return details(contract, scope);
    }

    private ContractRecord visible(long id, OwnerScope scope) {
        return contracts.findById(id).filter(c -> scope.covers(c.getOwner()))
                .orElseThrow(() -> new NotFoundException("No contract with id " + id));
    }

    private boolean ownerSide(ContractRecord contract, OwnerScope scope) {
        boolean mayOwn = currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS);
        return (mayOwn && scope.owners().contains(contract.getOwner())) || currentUser.hasRole(Roles.DIRECTORS)
                || currentUser.hasRole(Roles.ADMINS);
    }

    private void requireOwnerSide(ContractRecord contract, OwnerScope scope) {
        if (!ownerSide(contract, scope)) {
            throw new AccessDeniedException("Not allowed to change this contract");
        }
    }

    private void requireOwnerOrFinance(ContractRecord contract, OwnerScope scope) {
        if (!ownerSide(contract, scope) && !currentUser.hasRole(Roles.FINANCE)) {
            throw new AccessDeniedException("Not allowed to change this contract's payments");
        }
    }

    private void record(ContractRecord contract, ContractAction action, String by, String comment) {
        trail.save(new ContractTrailRecord(contract.getId(), contract.getVersionNo(), action, null, by,
                clock.instant(), comment));
    }

    private Specification<ContractRecord> matching(OwnerScope scope, ContractFilter filter) {
        String text = trim(filter.text());
        Collection<Long> customerIds = text == null ? List.of() : customers.search(CustomerFilter.text(text),
                PageRequest.of(0, CUSTOMER_MATCHES)).map(c -> c.id()).getContent();
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.all()) {
                predicates.add(scope.owners().isEmpty() ? cb.disjunction() : root.get("owner").in(scope.owners()));
            }
            if (trim(filter.owner()) != null) {
                predicates.add(cb.equal(root.get("owner"), filter.owner().strip()));
            }
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                predicates.add(root.get("status").in(filter.statuses()));
            }
            if (filter.customerId() != null) {
                predicates.add(cb.equal(root.get("customerId"), filter.customerId()));
            }
            if (text != null) {
                String like = "%" + text.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                Predicate byNumber = cb.or(cb.like(root.get("number"), like, '!'),
                        cb.like(root.get("quoteNumber"), like, '!'));
                predicates.add(customerIds.isEmpty() ? byNumber
                        : cb.or(byNumber, root.get("customerId").in(customerIds)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private List<ContractSummary> summaries(List<ContractRecord> records) {
        Map<Long, String> names = customers.namesOf(records.stream().map(ContractRecord::getCustomerId).distinct()
                .toList());
        Map<Long, BigDecimal> paid = new HashMap<>();
        if (!records.isEmpty()) {
            for (Object[] row : instalments.paidByContract(records.stream().map(ContractRecord::getId).toList())) {
                paid.put(((Number) row[0]).longValue(), (BigDecimal) row[1]);
            }
        }
        return records.stream().map(c -> summary(c, names.get(c.getCustomerId()),
                paid.getOrDefault(c.getId(), BigDecimal.ZERO))).toList();
    }

    private static ContractSummary summary(ContractRecord c, String customerName, BigDecimal paid) {
        BigDecimal outstanding = c.getStatus() == ContractStatus.CANCELLED || c.getStatus() == ContractStatus.REJECTED
                ? BigDecimal.ZERO : c.getTotal().subtract(paid);
        return new ContractSummary(c.getId(), c.getNumber(), c.getVersionNo(), c.getQuoteId(), c.getQuoteNumber(),
                c.getOpportunityId(), c.getCustomerId(), customerName, c.getStatus(), c.getCurrency(), c.getTotal(),
                outstanding, c.getOwner(), c.getSignedOn(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
    }

    private ContractDetails details(ContractRecord c, OwnerScope scope) {
        LocalDate today = LocalDate.now(clock);
        List<InstalmentRecord> plan = instalments.findByContractIdOrderBySeqAsc(c.getId());
        Map<Long, Integer> seqs = new HashMap<>();
        plan.forEach(i -> seqs.put(i.getId(), i.getSeq()));
        List<Instalment> instalmentViews = plan.stream().map(i -> new Instalment(i.getId(), i.getSeq(),
                i.getDueDate(), i.getAmount(), i.getPaid(), i.getStatus(), i.isPrepayment(),
                i.getStatus() == InstalmentStatus.OPEN && today.isAfter(i.getDueDate())
                        ? ChronoUnit.DAYS.between(i.getDueDate(), today) : 0)).toList();
        List<Payment> paymentViews = payments.findByContractIdOrderByIdAsc(c.getId()).stream()
                .map(p -> new Payment(p.getId(), p.getInstalmentId(), seqs.getOrDefault(p.getInstalmentId(), 0),
                        p.getAmount(), p.getReceivedOn(), p.getReference(), p.getNote(), p.getRecordedBy(),
                        p.getRecordedAt())).toList();
        OrderView order = orders.findByContractId(c.getId()).map(o -> new OrderView(o.getId(), o.getNumber(),
                o.getStatus(), o.getCreatedAt(), o.getDeliveredAt(), deliveries.findByOrderIdOrderByIdAsc(o.getId())
                        .stream().map(d -> new Delivery(d.getId(), d.getDeliveredOn(), d.getNote(), d.getRecordedBy(),
                                d.getRecordedAt(), d.getLines().stream().map(l -> new Delivery.Line(l.getPosition(),
                                        l.getQuantity())).toList())).toList())).orElse(null);
        List<ContractTrailEntry> entries = trail.findByContractIdOrderByIdAsc(c.getId()).stream()
                .map(t -> new ContractTrailEntry(t.getId(), t.getVersionNo(), t.getAction(), t.getLevel(),
                        t.getActor(), t.getAt(), t.getComment())).toList();
        List<ContractLine> lines = c.getLines().stream().map(l -> new ContractLine(l.getPosition(), l.getProductId(),
                l.getProductCode(), l.getProductNameEn(), l.getProductNameZh(), l.getUnit(), l.getQuantity(),
                l.getUnitPrice(), l.getDiscountPercent(), l.getTaxRate(), l.getNet(), l.getTax(), l.getDelivered()))
                .toList();
        BigDecimal paid = plan.stream().map(InstalmentRecord::getPaid).reduce(BigDecimal.ZERO, BigDecimal::add);
        String customerName = customers.namesOf(List.of(c.getCustomerId())).get(c.getCustomerId());
        ContractSummary summary = summary(c, customerName, paid);
        boolean ownerSide = ownerSide(c, scope);
        boolean finance = ownerSide || currentUser.hasRole(Roles.FINANCE);
        ContractStatus status = c.getStatus();
        boolean orderOpen = order != null && order.status() == OrderStatus.OPEN;
        ContractActions actions = new ContractActions(ownerSide && ContractStatus.EDITABLE.contains(status),
                ownerSide && (status == ContractStatus.DRAFT || status == ContractStatus.SENT_BACK),
                finance && status.isBeforeSigning(), ownerSide && status == ContractStatus.APPROVED,
                ownerSide && status == ContractStatus.SIGNED && orderOpen,
                finance && status == ContractStatus.SIGNED, ownerSide && !status.isClosed());
        return new ContractDetails(summary, c.getLanguage(), c.getNet(), c.getTax(), c.getPaymentTermsDays(),
                c.getTerms(), c.deviationSet(), c.getDeviationNote(), c.getCreditDecision(), c.getPrepaymentPercent(),
                c.getCreditReason(), c.getApproverLevel(), c.getSubmittedAt(), c.getApprovedAt(), c.getSignedOn(),
                c.getSignedBy(), c.getSignedCopyName(), c.getSignedCopySize(), c.getCancelReason(), c.getCancelNote(),
                c.getClosedAt(), lines, instalmentViews, paymentViews, order, entries,
                status.isClosed() ? null : process.waitingAt(c.getProcessInstanceId()), actions);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
