package com.salesflow.opportunity.internal;

import com.salesflow.customer.ContactRecorded;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.Customers;
import com.salesflow.customer.CustomersMerged;
import com.salesflow.customer.OwnerScope;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.opportunity.LossReason;
import com.salesflow.opportunity.NewOpportunity;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityFilter;
import com.salesflow.opportunity.OpportunityForm;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.opportunity.OpportunityStageChanged;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.opportunity.PipelineStage;
import com.salesflow.opportunity.StageChange;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class OpportunityService implements Opportunities {

    static final String DEFAULT_CURRENCY = "CNY";
    static final int MAX_COMPETITORS = 10;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final String STALE = "Someone else changed this opportunity meanwhile; reload and try again.";
    /** How many customers a text search looks at by name (as many as a customer search considers). */
    private static final int CUSTOMER_MATCHES = 200;

    private final OpportunityRepository opportunities;
    private final Customers customers;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    OpportunityService(OpportunityRepository opportunities, Customers customers, CurrentUser currentUser,
            UserDirectory directory, ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.currentUser = currentUser;
        this.directory = directory;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ---- for other modules ----

    @Override
    public OpportunitySummary open(NewOpportunity request) {
        List<FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(new FieldError("name", "opportunity.name", "An opportunity needs a name of at most 200 characters."));
        }
        if (request.amount() != null && request.amount().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(new FieldError("amount", "opportunity.amount", "The amount cannot be negative."));
        }
        InvalidInputException.throwIfAny(errors);
        String currency = request.currency() == null || request.currency().isBlank() ? DEFAULT_CURRENCY
                : request.currency().strip();
        Opportunity opportunity = new Opportunity(request.customerId(), name, request.amount(), currency,
                request.expectedClose(), request.owner(), request.leadId(), by(), clock.instant());
        return summary(opportunities.saveAndFlush(opportunity), null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpportunitySummary> find(long id) {
        return opportunities.findById(id).map(o -> summary(o, null));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            opportunities.findNamesOf(Set.copyOf(ids)).forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpportunitySummary> ofCustomer(long customerId) {
        return opportunities.findByCustomerIdOrderByCreatedAtDesc(customerId).stream().map(o -> summary(o, null))
                .toList();
    }

    @Override
    public OpportunitySummary advanceTo(long id, OpportunityStage stage) {
        if (stage == null || stage.isClosed()) {
            throw new IllegalArgumentException("Advance to an open stage; close with markWon or markLost");
        }
        Opportunity opportunity = existing(id);
        OpportunityStage current = opportunity.getStage();
        if (current.isClosed() || OpportunityStage.OPEN.indexOf(current) >= OpportunityStage.OPEN.indexOf(stage)) {
            return summary(opportunity, null);
        }
        return move(opportunity, stage, null, null, false);
    }

    @Override
    public OpportunitySummary markWon(long id) {
        return move(existing(id), OpportunityStage.WON, null, null, false);
    }

    @Override
    public OpportunitySummary markLost(long id, LossReason reason, String note) {
        return move(existing(id), OpportunityStage.LOST, reason, trim(note), false);
    }

    /** The merged customer's opportunities belong to the kept one now. */
    @EventListener
    void on(CustomersMerged merged) {
        opportunities.moveCustomer(merged.duplicateId(), merged.keptId());
    }

    /**
     * A contact record moves the follow-up times: of the opportunity it names (which must be its customer's), else
     * of all the customer's open ones. The last follow-up only moves forward.
     */
    @EventListener
    void on(ContactRecorded recorded) {
        if (recorded.opportunityId() != null) {
            Opportunity named = opportunities.findById(recorded.opportunityId())
                    .filter(o -> o.getCustomerId() == recorded.customerId())
                    .orElseThrow(() -> InvalidInputException.of("opportunityId", "contactRecord.opportunity",
                            "No such opportunity at this customer."));
            opportunities.followedUp(named.getId(), recorded.happenedAt());
            if (recorded.nextFollowUpAt() != null) {
                opportunities.nextFollowUp(named.getId(), recorded.nextFollowUpAt());
            }
            return;
        }
        opportunities.followedUp(recorded.customerId(), OpportunityStage.OPEN, recorded.happenedAt());
        if (recorded.nextFollowUpAt() != null) {
            opportunities.nextFollowUp(recorded.customerId(), OpportunityStage.OPEN, recorded.nextFollowUpAt());
        }
    }

    // ---- for people, in their scope ----

    @Override
    @Transactional(readOnly = true)
    public Page<OpportunitySummary> list(OpportunityFilter filter, Pageable pageable) {
        Page<Opportunity> page = opportunities.findAll(matching(customers.ownerScope(), filter), pageable);
        Map<Long, String> names = customers.namesOf(page.getContent().stream().map(Opportunity::getCustomerId)
                .distinct().toList());
        return page.map(o -> summary(o, names.get(o.getCustomerId())));
    }

    @Override
    @Transactional(readOnly = true)
    public long count(OpportunityFilter filter) {
        return opportunities.count(matching(customers.ownerScope(), filter));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PipelineStage> pipeline(OpportunityFilter filter) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Opportunity> root = query.from(Opportunity.class);
        Expression<BigDecimal> amount = cb.coalesce(root.<BigDecimal>get("amount"), BigDecimal.ZERO);
        Expression<Number> weighted = cb.prod(amount, root.<Integer>get("probability"));
        query.multiselect(root.get("stage").alias("stage"), cb.count(root).alias("count"),
                cb.sum(amount).alias("amount"), cb.sum(weighted).alias("weighted"));
        Predicate where = matching(customers.ownerScope(), filter).toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.groupBy(root.get("stage"));
        Map<OpportunityStage, PipelineStage> byStage = new EnumMap<>(OpportunityStage.class);
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            OpportunityStage stage = row.get("stage", OpportunityStage.class);
            byStage.put(stage, new PipelineStage(stage, row.get("count", Long.class),
                    money(row.get("amount")), money(row.get("weighted")).movePointLeft(2).setScale(2,
                            RoundingMode.HALF_UP)));
        }
        List<PipelineStage> columns = new ArrayList<>();
        for (OpportunityStage stage : OpportunityStage.values()) {
            columns.add(byStage.getOrDefault(stage, new PipelineStage(stage, 0, money(null), money(null))));
        }
        return columns;
    }

    @Override
    @Transactional(readOnly = true)
    public OpportunitySummary get(long id) {
        return withCustomerName(visible(id, customers.ownerScope()));
    }

    @Override
    public OpportunitySummary create(OpportunityForm form) {
        OwnerScope scope = customers.ownerScope();
        if (!mayOwn() && !mayEditAll()) {
            throw new AccessDeniedException("Only sales, supervisors, directors and admins open opportunities");
        }
        List<FieldError> errors = new ArrayList<>();
        Fields fields = validate(form, errors);
        CustomerDetails customer = null;
        if (form.customerId() == null) {
            errors.add(new FieldError("customerId", "opportunity.customer", "Choose one of your customers."));
        } else {
            try {
                customer = customers.get(form.customerId());
            } catch (NotFoundException e) {
                errors.add(new FieldError("customerId", "opportunity.customer", "Choose one of your customers."));
            }
        }
        String owner = owner(form.owner(), null, customer == null ? null : customer.owner(), scope, errors);
        InvalidInputException.throwIfAny(errors);
        Instant now = clock.instant();
        Opportunity opportunity = new Opportunity(form.customerId(), fields.name(), form.amount(), fields.currency(),
                form.expectedClose(), owner, null, scope.username(), now);
        opportunity.edit(fields.name(), form.amount(), fields.currency(), form.expectedClose(), owner,
                fields.competitors(), fields.description(), form.nextFollowUpAt(), scope.username(), now);
        opportunity.setProbability(form.probability());
        return withCustomerName(opportunities.saveAndFlush(opportunity));
    }

    @Override
    public OpportunitySummary update(long id, OpportunityForm form) {
        OwnerScope scope = customers.ownerScope();
        Opportunity opportunity = visible(id, scope);
        requireWritable(opportunity, scope);
        ConflictException.requireVersion(form.version(), opportunity.getVersion(), STALE);
        List<FieldError> errors = new ArrayList<>();
        Fields fields = validate(form, errors);
        String owner = owner(form.owner(), opportunity.getOwner(), null, scope, errors);
        InvalidInputException.throwIfAny(errors);
        if (form.lossReason() != null) {
            opportunity.correctLoss(form.lossReason(), trim(form.lossNote()));
        }
        // A client that sends back the probability it read has not set one by hand.
        Integer probability = form.probability();
        if (probability != null && !opportunity.isProbabilityManual()
                && probability == opportunity.getProbability()) {
            probability = null;
        }
        opportunity.edit(fields.name(), form.amount(), fields.currency(), form.expectedClose(), owner,
                fields.competitors(), fields.description(), form.nextFollowUpAt(), scope.username(), clock.instant());
        opportunity.setProbability(probability);
        return withCustomerName(opportunities.saveAndFlush(opportunity));
    }

    @Override
    public OpportunitySummary moveTo(long id, StageChange change) {
        OwnerScope scope = customers.ownerScope();
        Opportunity opportunity = visible(id, scope);
        requireWritable(opportunity, scope);
        ConflictException.requireVersion(change.version(), opportunity.getVersion(), STALE);
        String note = trim(change.lossNote());
        if (note != null && note.length() > 1000) {
            throw InvalidInputException.of("lossNote", "opportunity.lossNote", "Keep the note to 1000 characters.");
        }
        move(opportunity, change.stage(), change.lossReason(), note, mayReopenWon());
        return withCustomerName(opportunity);
    }

    // ---- rules ----

    private OpportunitySummary move(Opportunity opportunity, OpportunityStage target, LossReason reason, String note,
            boolean mayReopenWon) {
        OpportunityStage from = opportunity.getStage();
        Instant now = clock.instant();
        String by = by();
        boolean moved = opportunity.moveTo(target, reason, note, mayReopenWon, by, now);
        opportunities.saveAndFlush(opportunity);
        if (moved) {
            events.publishEvent(new OpportunityStageChanged(opportunity.getId(), opportunity.getCustomerId(), from,
                    target, opportunity.getLossReason(), by, now));
        }
        return summary(opportunity, null);
    }

    private record Fields(String name, String currency, List<String> competitors, String description) {
    }

    private static Fields validate(OpportunityForm form, List<FieldError> errors) {
        String name = trim(form.name());
        if (name == null || name.length() > 200) {
            errors.add(new FieldError("name", "opportunity.name", "An opportunity needs a name of at most 200 characters."));
        }
        if (form.amount() != null && form.amount().compareTo(BigDecimal.ZERO) < 0) {
            errors.add(new FieldError("amount", "opportunity.amount", "The amount cannot be negative."));
        } else if (form.amount() != null && (form.amount().scale() > 2
                || form.amount().precision() - form.amount().scale() > 13)) {
            errors.add(new FieldError("amount", "opportunity.amountDigits",
                    "Give the amount with at most 13 digits and 2 decimals."));
        }
        String currency = trim(form.currency()) == null ? DEFAULT_CURRENCY
                : form.currency().strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            errors.add(new FieldError("currency", "opportunity.currency", "Give the currency as three letters (CNY)."));
        }
        if (form.probability() != null && (form.probability() < 0 || form.probability() > 100)) {
            errors.add(new FieldError("probability", "opportunity.probability",
                    "The probability is a percentage from 0 to 100."));
        }
        List<String> competitors = form.competitors() == null ? List.of() : form.competitors().stream()
                .map(OpportunityService::trim).filter(c -> c != null).map(c -> c.replaceAll("\\s+", " "))
                .distinct().toList();
        if (competitors.size() > MAX_COMPETITORS || competitors.stream().anyMatch(c -> c.length() > 100)) {
            errors.add(new FieldError("competitors", "opportunity.competitors",
                    "Name at most 10 competitors of at most 100 characters each."));
        }
        String description = trim(form.description());
        if (description != null && description.length() > 2000) {
            errors.add(new FieldError("description", "opportunity.description",
                    "Keep the description to 2000 characters."));
        }
        String lossNote = trim(form.lossNote());
        if (lossNote != null && lossNote.length() > 1000) {
            errors.add(new FieldError("lossNote", "opportunity.lossNote", "Keep the note to 1000 characters."));
        }
        return new Fields(name, currency, competitors, description);
    }

    /**
     * The owner asked for, checked: unchanged, the caller themselves (if they may own), or someone the caller may
     * give customers to (a supervisor's team; directors and admins: sales and supervisors). Nobody asked for: the
     * current owner, else the caller, else the customer's owner.
     */
    private String owner(String requested, String current, String customerOwner, OwnerScope scope,
            List<FieldError> errors) {
        String owner = trim(requested);
        if (owner == null) {
            owner = current != null ? current : mayOwn() ? scope.username() : customerOwner;
            if (owner == null) {
                errors.add(new FieldError("owner", "opportunity.owner.required", "Choose who owns the opportunity."));
            }
            return owner;
        }
        if (owner.equals(current) || (owner.equals(scope.username()) && mayOwn())) {
            return owner;
        }
        String wanted = owner;
        if (customers.assignableOwners().stream().map(UserSummary::username).noneMatch(wanted::equals)) {
            errors.add(new FieldError("owner", "opportunity.owner", "You cannot give the opportunity to this person."));
        }
        return owner;
    }

    private Opportunity existing(long id) {
        return opportunities.findById(id).orElseThrow(() -> new NotFoundException("No opportunity with id " + id));
    }

    private Opportunity visible(long id, OwnerScope scope) {
        return opportunities.findById(id).filter(o -> scope.covers(o.getOwner()))
                .orElseThrow(() -> new NotFoundException("No opportunity with id " + id));
    }

    /** Directors and admins edit every one; salespeople and supervisors those in their scope; others only read. */
    private void requireWritable(Opportunity opportunity, OwnerScope scope) {
        boolean own = mayOwn() && opportunity.getOwner() != null && scope.owners().contains(opportunity.getOwner());
        if (!own && !mayEditAll()) {
            throw new AccessDeniedException("Not allowed to change opportunity " + opportunity.getId());
        }
    }

    private boolean mayOwn() {
        return currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS);
    }

    private boolean mayEditAll() {
        return currentUser.hasRole(Roles.DIRECTORS) || currentUser.hasRole(Roles.ADMINS);
    }

    private boolean mayReopenWon() {
        return currentUser.hasRole(Roles.SUPERVISORS) || mayEditAll();
    }

    private String by() {
        return currentUser.username().orElse("system");
    }

    private Specification<Opportunity> matching(OwnerScope scope, OpportunityFilter filter) {
        LocalDate today = LocalDate.now(clock);
        String text = trim(filter.text());
        Collection<Long> customerIds = text == null ? List.of() : customers.search(CustomerFilter.text(text),
                PageRequest.of(0, CUSTOMER_MATCHES)).map(c -> c.id()).getContent();
        Set<String> teamMembers = trim(filter.team()) == null ? null : teamMembers(filter.team().strip());
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!scope.all()) {
                predicates.add(scope.owners().isEmpty() ? cb.disjunction() : root.get("owner").in(scope.owners()));
            }
            if (trim(filter.owner()) != null) {
                predicates.add(cb.equal(root.get("owner"), filter.owner().strip()));
            }
            if (teamMembers != null) {
                predicates.add(teamMembers.isEmpty() ? cb.disjunction() : root.get("owner").in(teamMembers));
            }
            if (filter.customerId() != null) {
                predicates.add(cb.equal(root.get("customerId"), filter.customerId()));
            }
            if (!filter.stages().isEmpty()) {
                predicates.add(root.get("stage").in(filter.stages()));
            }
            if (filter.closingFrom() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.<LocalDate>get("expectedClose"), filter.closingFrom()));
            }
            if (filter.closingTo() != null) {
                predicates.add(cb.lessThanOrEqualTo(root.<LocalDate>get("expectedClose"), filter.closingTo()));
            }
            if (filter.overdueOnly()) {
                predicates.add(root.get("stage").in(OpportunityStage.OPEN));
                predicates.add(cb.lessThan(root.<LocalDate>get("expectedClose"), today));
            }
            if (filter.closedSince() != null) {
                predicates.add(cb.or(root.get("stage").in(OpportunityStage.OPEN),
                        cb.greaterThanOrEqualTo(root.<Instant>get("closedAt"),
                                filter.closedSince().atStartOfDay(clock.getZone()).toInstant())));
            }
            if (text != null) {
                String like = "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                List<Predicate> any = new ArrayList<>();
                any.add(cb.like(cb.lower(root.<String>get("name")), like, '!'));
                any.add(cb.like(cb.lower(root.<String>get("competitorsText")), like, '!'));
                if (!customerIds.isEmpty()) {
                    any.add(root.get("customerId").in(customerIds));
                }
                predicates.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** The members of a team and its supervisor; empty for an unknown team. */
    private Set<String> teamMembers(String code) {
        Set<String> members = new java.util.HashSet<>();
        directory.teams().stream().filter(team -> team.code().equals(code)).findFirst().ifPresent(team -> {
            members.addAll(team.members());
            if (team.supervisorUsername() != null) {
                members.add(team.supervisorUsername());
            }
        });
        return members;
    }

    private static BigDecimal money(Object value) {
        BigDecimal amount = value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OpportunitySummary withCustomerName(Opportunity o) {
        return summary(o, customers.namesOf(List.of(o.getCustomerId())).get(o.getCustomerId()));
    }

    private static OpportunitySummary summary(Opportunity o, String customerName) {
        return new OpportunitySummary(o.getId(), o.getCustomerId(), o.getName(), o.getStage(), o.getAmount(),
                o.getCurrency(), o.getProbability(), o.getExpectedClose(), o.getOwner(), o.getLeadId(),
                o.getCreatedAt(), o.getVersion(), customerName, o.isProbabilityManual(), o.getCompetitors(),
                o.getLossReason(), o.getLossNote(), o.getDescription(), o.getClosedAt(), o.getStageChangedAt(),
                o.getLastFollowUpAt(), o.getNextFollowUpAt(), o.getUpdatedAt());
    }
}
