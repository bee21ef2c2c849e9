package com.salesflow.complaint.internal;

import com.salesflow.complaint.ComplaintAction;
import com.salesflow.complaint.ComplaintDetails;
import com.salesflow.complaint.ComplaintFilter;
import com.salesflow.complaint.ComplaintForm;
import com.salesflow.complaint.ComplaintStatus;
import com.salesflow.complaint.ComplaintSummary;
import com.salesflow.complaint.ComplaintTrailEntry;
import com.salesflow.complaint.Complaints;
import com.salesflow.complaint.ConfirmationForm;
import com.salesflow.complaint.RepurchaseReport;
import com.salesflow.complaint.ResolutionForm;
import com.salesflow.contract.ContractSignings;
import com.salesflow.contract.Contracts;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.Customers;
import com.salesflow.customer.OwnerScope;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.DocumentNumbers;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Complaints}: registration, the complaint page's actions (which complete the process's tasks), the report. */
@Service
@Transactional
class ComplaintService implements Complaints {

    static final String NUMBER_PREFIX = "TS";
    private static final int CUSTOMER_MATCHES = 200;
    private static final int MAX_DESCRIPTION = 4000;
    private static final int MAX_ROOT_CAUSE = 1000;
    private static final Set<String> MAY_REGISTER = Set.of(Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS,
            Roles.SERVICE, Roles.ADMINS, Roles.FINANCE, Roles.LEGAL);

    private final ComplaintRepository complaints;
    private final ComplaintTrailRepository trail;
    private final ComplaintProcess process;
    private final Customers customers;
    private final Contracts contracts;
    private final ContractSignings signings;
    private final DocumentNumbers numbers;
    private final CurrentUser currentUser;

    ComplaintService(ComplaintRepository complaints, ComplaintTrailRepository trail, ComplaintProcess process,
            Customers customers, Contracts contracts, ContractSignings signings, DocumentNumbers numbers,
            CurrentUser currentUser) {
        this.complaints = complaints;
        this.trail = trail;
        this.process = process;
        this.customers = customers;
        this.contracts = contracts;
        this.signings = signings;
        this.numbers = numbers;
        this.currentUser = currentUser;
    }

    @Override
    public long register(ComplaintForm form) {
        Optional<String> user = currentUser.username();
        if (user.isPresent() && currentUser.roles().stream().noneMatch(MAY_REGISTER::contains)) {
            throw new AccessDeniedException("Not allowed to register complaints");
        }
        List<FieldError> errors = new ArrayList<>();
        if (form.customerId() == null) {
            errors.add(new FieldError("customerId", "complaint.customer", "Choose the customer who complains."));
        } else if (user.isPresent()) {
            customers.get(form.customerId()); // outside the caller's scope: 404
        } else if (customers.namesOf(List.of(form.customerId())).isEmpty()) {
            errors.add(new FieldError("customerId", "complaint.customer", "Choose the customer who complains."));
        }
        if (form.category() == null) {
            errors.add(new FieldError("category", "complaint.category", "Choose what the complaint is about."));
        }
        if (form.severity() == null) {
            errors.add(new FieldError("severity", "complaint.severity", "Choose how severe the complaint is."));
        }
        if (form.channel() == null) {
            errors.add(new FieldError("channel", "complaint.channel", "Choose how the complaint reached us."));
        }
        String description = trim(form.description());
        if (description == null) {
            errors.add(new FieldError("description", "complaint.description", "Describe the complaint."));
        } else if (description.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "complaint.descriptionLength",
                    "Keep the description to 4000 characters."));
        }
        if (form.contractId() != null && form.customerId() != null && user.isPresent()
                && !contractOfCustomer(form.contractId(), form.customerId())) {
            errors.add(new FieldError("contractId", "complaint.contract", "Choose a contract of this customer."));
        }
        InvalidInputException.throwIfAny(errors);

        String by = user.orElse(ComplaintSteps.SYSTEM);
        Instant now = SlaClock.now();
        ComplaintRecord complaint = complaints.save(new ComplaintRecord(numbers.next(NUMBER_PREFIX),
                form.customerId(), customers.ownerOf(form.customerId()).orElse(null), form.contractId(),
                form.revisitId(), form.category(), form.severity(), form.channel(), description, by, now));
        trail.save(new ComplaintTrailRecord(complaint.getId(), ComplaintAction.REGISTERED, by, now,
                form.channel() + " · " + form.severity()));
        complaints.flush();
        complaint.started(process.start(complaint.getId(), complaint.getNumber(), complaint.getCustomerId()));
        return complaint.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ComplaintSummary> list(ComplaintFilter filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by("registeredAt").descending().and(Sort.by("id").descending()));
        Page<ComplaintRecord> page = complaints.findAll(matching(customers.ownerScope(), filter), sorted);
        return new PageImpl<>(summaries(page.getContent()), sorted, page.getTotalElements());
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ComplaintFilter filter) {
        return complaints.count(matching(customers.ownerScope(), filter));
    }

    @Override
    @Transactional(readOnly = true)
    public ComplaintDetails get(long id) {
        return details(visible(id));
    }

    @Override
    public ComplaintDetails take(long id) {
        ComplaintRecord complaint = visible(id);
        requireWorker();
        complaint.requireOpen("be taken");
        try {
            process.take(complaint.getProcessInstanceId(), currentUser.requireUsername());
        } catch (TaskAlreadyClaimedException taken) {
            throw new ConflictException("complaint.taken", "Someone else took this complaint; reload it.");
        }
        return saved(complaint);
    }

    @Override
    public ComplaintDetails resolve(long id, ResolutionForm form) {
        ComplaintRecord complaint = visible(id);
        requireWorker();
        complaint.requireOpen("be resolved");
        complaint.requireVersion(form.version());
        String resolution = trim(form.resolution());
        String rootCause = trim(form.rootCause());
        List<FieldError> errors = new ArrayList<>();
        if (resolution == null) {
            errors.add(new FieldError("resolution", "complaint.resolution", "Say how the complaint was resolved."));
        } else if (resolution.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("resolution", "complaint.resolutionLength",
                    "Keep the resolution to 4000 characters."));
        }
        if (rootCause == null) {
            errors.add(new FieldError("rootCause", "complaint.rootCause", "Name the root cause."));
        } else if (rootCause.length() > MAX_ROOT_CAUSE) {
            errors.add(new FieldError("rootCause", "complaint.rootCauseLength",
                    "Keep the root cause to 1000 characters."));
        }
        InvalidInputException.throwIfAny(errors);
        String by = currentUser.requireUsername();
        if (complaint.getAssignee() == null || !complaint.getAssignee().equals(by)) {
            // Whoever resolves it has taken it: the trail and the time to resolve name them.
            process.reassign(complaint.getProcessInstanceId(), by);
        }
        process.resolve(complaint.getProcessInstanceId(), resolution, rootCause);
        return saved(complaint);
    }

    @Override
    public ComplaintDetails confirm(long id, ConfirmationForm form) {
        ComplaintRecord complaint = visible(id);
        requireWorker();
        complaint.requireStatus(ComplaintStatus.RESOLVED, "be confirmed or reopened");
        complaint.requireVersion(form.version());
        String feedback = trim(form.feedback());
        List<FieldError> errors = new ArrayList<>();
        if (form.satisfied() == null) {
            errors.add(new FieldError("satisfied", "complaint.satisfied",
                    "Say whether the customer is satisfied with the resolution."));
        } else if (!form.satisfied() && feedback == null) {
            errors.add(new FieldError("feedback", "complaint.feedback",
                    "Say why the customer is not satisfied: the complaint is investigated again."));
        }
        if (feedback != null && feedback.length() > MAX_ROOT_CAUSE) {
            errors.add(new FieldError("feedback", "complaint.feedbackLength",
                    "Keep the customer's feedback to 1000 characters."));
        }
        InvalidInputException.throwIfAny(errors);
        process.confirm(complaint.getProcessInstanceId(), form.satisfied(), feedback);
        return saved(complaint);
    }

    @Override
    @Transactional(readOnly = true)
    public RepurchaseReport repurchaseReport() {
        List<ComplaintRecord> inScope = complaints.findAll(matching(customers.ownerScope(), ComplaintFilter.all()));
        Map<Long, ContractSignings.CustomerSignings> bought = signings.byCustomer();
        Map<RepurchaseReport.Outcome, long[]> counts = new EnumMap<>(RepurchaseReport.Outcome.class);
        for (RepurchaseReport.Outcome outcome : RepurchaseReport.Outcome.values()) {
            counts.put(outcome, new long[2]);
        }
        long quickly = 0;
        long resolvedMinutes = 0;
        long resolvedCount = 0;
        for (ComplaintRecord complaint : inScope) {
            RepurchaseReport.Outcome outcome;
            if (complaint.getResolvedAt() == null) {
                outcome = RepurchaseReport.Outcome.NOT_RESOLVED;
            } else {
                resolvedCount++;
                resolvedMinutes += complaint.getResolveMinutes() == null ? 0 : complaint.getResolveMinutes();
                boolean inTime = complaint.getSlaDueAt() == null
                        || !complaint.getResolvedAt().isAfter(complaint.getSlaDueAt());
                outcome = inTime ? RepurchaseReport.Outcome.RESOLVED_QUICKLY : RepurchaseReport.Outcome.RESOLVED;
                quickly += inTime ? 1 : 0;
            }
            ContractSignings.CustomerSignings signed = bought.get(complaint.getCustomerId());
            long[] row = counts.get(outcome);
            row[0]++;
            if (signed != null && signed.lastSignedAt().isAfter(complaint.getRegisteredAt())) {
                row[1]++;
            }
        }
        // The baseline is company-wide: every customer who bought and never complained, whoever owns them.
        Set<Long> complained = new HashSet<>(complaints.complainingCustomers());
        long[] none = counts.get(RepurchaseReport.Outcome.NO_COMPLAINT);
        bought.forEach((customerId, signed) -> {
            if (!complained.contains(customerId)) {
                none[0]++;
                none[1] += signed.contracts() > 1 ? 1 : 0;
            }
        });
        List<RepurchaseReport.Row> rows = counts.entrySet().stream().map(e -> new RepurchaseReport.Row(e.getKey(),
                e.getValue()[0], e.getValue()[1], e.getValue()[0] == 0 ? null
                        : Math.round(1000.0 * e.getValue()[1] / e.getValue()[0]) / 10.0, e.getKey().seedPercent()))
                .toList();
        return new RepurchaseReport(rows, inScope.size(), quickly,
                resolvedCount == 0 ? null : Math.round(10.0 * resolvedMinutes / resolvedCount / 60.0) / 10.0);
    }

    private boolean contractOfCustomer(long contractId, long customerId) {
        try {
            return contracts.get(contractId).summary().customerId() == customerId;
        } catch (NotFoundException outsideScope) {
            return false;
        }
    }

    private ComplaintDetails saved(ComplaintRecord complaint) {
        complaints.flush();
        return details(complaints.findById(complaint.getId()).orElseThrow());
    }

    private ComplaintRecord visible(long id) {
        OwnerScope scope = customers.ownerScope();
        return complaints.findById(id).filter(c -> scope.covers(c.getOwner()))
                .orElseThrow(() -> new NotFoundException("No complaint with id " + id));
    }

    /** The service group works on complaints; admins may stand in. */
    private boolean worker() {
        return currentUser.hasRole(Roles.SERVICE) || currentUser.hasRole(Roles.ADMINS);
    }

    private void requireWorker() {
        if (!worker()) {
            throw new AccessDeniedException("Only customer service handles complaints");
        }
    }

    private Specification<ComplaintRecord> matching(OwnerScope scope, ComplaintFilter filter) {
        String text = trim(filter.text());
        Collection<Long> customerIds = text == null ? List.of() : customers.search(CustomerFilter.text(text),
                PageRequest.of(0, CUSTOMER_MATCHES)).map(c -> c.id()).getContent();
        Instant now = SlaClock.now();
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
            if (filter.severities() != null && !filter.severities().isEmpty()) {
                predicates.add(root.get("severity").in(filter.severities()));
            }
            if (filter.categories() != null && !filter.categories().isEmpty()) {
                predicates.add(root.get("category").in(filter.categories()));
            }
            if (filter.customerId() != null) {
                predicates.add(cb.equal(root.get("customerId"), filter.customerId()));
            }
            if (Boolean.TRUE.equals(filter.slaBreached())) {
                predicates.add(cb.or(
                        cb.and(root.get("status").in(ComplaintStatus.OPEN), cb.lessThan(root.get("slaDueAt"), now)),
                        cb.greaterThan(root.get("resolvedAt"), root.<Instant>get("slaDueAt"))));
            }
            if (text != null) {
                String like = "%" + text.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                Predicate byText = cb.or(cb.like(root.get("number"), like, '!'),
                        cb.like(cb.upper(root.get("description")), like, '!'));
                predicates.add(customerIds.isEmpty() ? byText
                        : cb.or(byText, root.get("customerId").in(customerIds)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private List<ComplaintSummary> summaries(List<ComplaintRecord> records) {
        Map<Long, String> names = customers.namesOf(records.stream().map(ComplaintRecord::getCustomerId).distinct()
                .toList());
        Instant now = SlaClock.now();
        return records.stream().map(c -> summary(c, names.get(c.getCustomerId()), now)).toList();
    }

    private static ComplaintSummary summary(ComplaintRecord c, String customerName, Instant now) {
        return new ComplaintSummary(c.getId(), c.getNumber(), c.getCustomerId(), customerName, c.getOwner(),
                c.getCategory(), c.getSeverity(), c.getChannel(), c.getStatus(), c.getAssignee(), c.getRegisteredAt(),
                c.getSlaDueAt(), c.slaBreached(now), c.isEscalated(), c.getReopenCount(), c.getResolvedAt(),
                c.getResolveMinutes(), c.getVersion());
    }

    private ComplaintDetails details(ComplaintRecord c) {
        String name = customers.namesOf(List.of(c.getCustomerId())).get(c.getCustomerId());
        List<ComplaintTrailEntry> entries = trail.findByComplaintIdOrderByIdAsc(c.getId()).stream()
                .map(t -> new ComplaintTrailEntry(t.getId(), t.getAction(), t.getActor(), t.getAt(), t.getComment()))
                .toList();
        boolean worker = worker();
        boolean open = ComplaintStatus.OPEN.contains(c.getStatus());
        ComplaintDetails.Actions actions = new ComplaintDetails.Actions(
                worker && open && c.getAssignee() == null, worker && open,
                worker && c.getStatus() == ComplaintStatus.RESOLVED);
        return new ComplaintDetails(summary(c, name, SlaClock.now()), c.getDescription(), c.getContractId(),
                c.getRevisitId(), c.getSlaHours(), c.getResolution(), c.getRootCause(), c.getResolvedBy(),
                c.getConfirmedAt(), c.getEscalatedAt(), c.getRegisteredBy(), entries, actions);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
