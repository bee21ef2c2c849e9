package com.salesflow.lead.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.lead.LeadDetails;
import com.salesflow.lead.LeadFilter;
import com.salesflow.lead.LeadForm;
import com.salesflow.lead.LeadSla;
import com.salesflow.lead.LeadStatus;
import com.salesflow.lead.LeadStep;
import com.salesflow.lead.LeadSummary;
import com.salesflow.lead.Leads;
import com.salesflow.lead.ScoreReason;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.Validation;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake and reading of leads; the process steps are {@link LeadQualification}'s. */
@Service
@Transactional
class LeadService implements Leads {

    static final String PROCESS = "lead-qualification";
    static final String LEAD_ID = "leadId";

    private final LeadRepository leads;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService engineTasks;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final ObjectMapper json;
    private final LeadProperties properties;
    private final Clock clock;

    LeadService(LeadRepository leads, RuntimeService runtime, HistoryService history, TaskService engineTasks,
            CurrentUser currentUser, UserDirectory directory, ObjectMapper json, LeadProperties properties,
            Clock clock) {
        this.properties = properties;
        this.leads = leads;
        this.runtime = runtime;
        this.history = history;
        this.engineTasks = engineTasks;
        this.currentUser = currentUser;
        this.directory = directory;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public LeadDetails submit(LeadForm form) {
        if (!(currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS)
                || currentUser.hasRole(Roles.DIRECTORS) || currentUser.hasRole(Roles.ADMINS))) {
            throw new org.springframework.security.access.AccessDeniedException("Only the sales organisation adds leads.");
        }
        return intake(form, currentUser.requireUsername());
    }

    /** Saves a checked lead and starts its qualification; for callers that checked who may add leads. */
    LeadDetails intake(LeadForm form, String createdBy) {
        Lead lead = validated(form, createdBy);
        leads.saveAndFlush(lead);
        String instanceId = runtime.startProcessInstanceByKey(PROCESS, "lead-" + lead.getId(),
                Variables.createVariables().putValue(LEAD_ID, lead.getId())).getId();
        lead.startedAs(instanceId);
        return details(leads.findById(lead.getId()).orElseThrow());
    }

    /** The lead of a form, or 400 with every field error; nothing is saved here. */
    Lead validated(LeadForm form, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(form.getName(), "name", 120, errors);
        String company = text(form.getCompany(), "company", 200, errors);
        String phone = text(form.getPhone(), "phone", 40, errors);
        String email = text(form.getEmail(), "email", 200, errors);
        String industry = text(form.getIndustry(), "industry", 80, errors);
        String region = text(form.getRegion(), "region", 80, errors);
        String need = text(form.getNeed(), "need", 2000, errors);
        String notes = text(form.getNotes(), "notes", 2000, errors);
        if (name == null && company == null) {
            errors.add(new FieldError("name", "lead.nameOrCompany", "Give the person's name or the company."));
        }
        if (phone == null && email == null) {
            errors.add(new FieldError("phone", "lead.phoneOrEmail", "Give a phone number or an e-mail address."));
        }
        if (phone != null && !Validation.isPhone(phone)) {
            errors.add(new FieldError("phone", "lead.phone", "This is not a valid phone number."));
        }
        if (email != null && !Validation.isEmail(email)) {
            errors.add(new FieldError("email", "lead.email", "This is not an e-mail address."));
        }
        if (form.getSource() == null) {
            errors.add(new FieldError("source", "lead.source", "Say where the lead came from."));
        }
        InvalidInputException.throwIfAny(errors);
        Lead lead = new Lead(createdBy, clock.instant());
        lead.describe(name, company, phone, email, form.getSource(), industry, region, form.getCompanySize(),
                form.getEngagement() == null ? com.salesflow.lead.Engagement.LOW : form.getEngagement(), need, notes);
        return lead;
    }

    @Override
    @Transactional(readOnly = true)
    public LeadDetails get(long id) {
        return details(visibleLead(id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LeadStep> history(long leadId) {
        String instanceId = visibleLead(leadId).getProcessInstanceId();
        if (instanceId == null) {
            return List.of();
        }
        // Gateways and unnamed elements say nothing a person did or waited for.
        return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(step -> step.getActivityName() != null && !step.getActivityName().isBlank())
                .filter(step -> !step.getActivityType().toLowerCase(Locale.ROOT).contains("gateway"))
                .map(step -> new LeadStep(step.getActivityName(), step.getAssignee(), instant(step.getStartTime()),
                        instant(step.getEndTime())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> openTaskId(long leadId) {
        String instanceId = visibleLead(leadId).getProcessInstanceId();
        if (instanceId == null) {
            return Optional.empty();
        }
        return engineTasks.createTaskQuery().processInstanceId(instanceId).taskAssignee(currentUser.requireUsername())
                .active().orderByTaskCreateTime().asc().list().stream().findFirst().map(task -> task.getId());
    }

    /** The lead if the signed-in user may see it; 404 also outside the scope, so that ids reveal nothing. */
    private Lead visibleLead(long id) {
        return leads.findOne(visible().and((root, query, cb) -> cb.equal(root.get("id"), id)))
                .orElseThrow(() -> new NotFoundException("No lead " + id));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<LeadSummary> list(LeadFilter filter, Pageable pageable) {
        return leads.findAll(visible().and(matching(filter)), pageable).map(this::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(LeadFilter filter) {
        return leads.count(visible().and(matching(filter)));
    }

    /**
     * Salespeople see their leads, supervisors their teams', directors and admins all, others none; everyone in the
     * sales organisation also sees the leads they entered themselves, wherever routing sent them.
     */
    private Specification<Lead> visible() {
        String me = currentUser.requireUsername();
        if (currentUser.hasRole(Roles.ADMINS) || currentUser.hasRole(Roles.DIRECTORS)) {
            return (root, query, cb) -> cb.conjunction();
        }
        Set<String> owners = new java.util.HashSet<>(Set.of(me));
        if (currentUser.hasRole(Roles.SUPERVISORS)) {
            owners.addAll(directory.teamMembersSupervisedBy(me));
        } else if (!currentUser.hasRole(Roles.SALES)) {
            return (root, query, cb) -> cb.disjunction();
        }
        return (root, query, cb) -> cb.or(root.get("owner").in(owners), cb.equal(root.get("createdBy"), me));
    }

    private Specification<Lead> matching(LeadFilter filter) {
        Instant now = clock.instant();
        Instant soon = now.plus(properties.firstContactWarning());
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.sla() != null) {
                all.add(cb.equal(root.get("status"), LeadStatus.QUALIFYING));
                jakarta.persistence.criteria.Path<Instant> due = root.get("contactDueAt");
                all.add(switch (filter.sla()) {
                    case OVERDUE -> cb.lessThan(due, now);
                    case DUE_SOON -> cb.and(cb.greaterThanOrEqualTo(due, now), cb.lessThan(due, soon));
                    case ON_TIME -> cb.greaterThanOrEqualTo(due, soon);
                });
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.rating() != null) {
                all.add(cb.equal(root.get("rating"), filter.rating()));
            }
            if (filter.source() != null) {
                all.add(cb.equal(root.get("source"), filter.source()));
            }
            if (filter.owner() != null && !filter.owner().isBlank()) {
                all.add(cb.equal(root.get("owner"), filter.owner().strip()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")
                        + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("personName")), like),
                        cb.like(cb.lower(root.get("company")), like), cb.like(root.get("phone"), like),
                        cb.like(root.get("email"), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    LeadDetails details(Lead lead) {
        return new LeadDetails(summary(lead), lead.getNeed(), lead.getNotes(), reasons(lead.getScoreReasons()),
                lead.getRoutingReason(), lead.getMatchedOn(), lead.getRejectReason(), lead.getOutcomeNote(),
                lead.getNurtureUntil());
    }

    LeadSummary summary(Lead l) {
        return new LeadSummary(l.getId(), l.getPersonName(), l.getCompany(), l.getPhone(), l.getEmail(),
                l.getSource(), l.getIndustry(), l.getRegion(), l.getCompanySize(), l.getEngagement(), l.getStatus(),
                l.getScore(), l.getRating(), l.getTeam(), l.getOwner(), l.getCustomerId(), l.getOpportunityId(),
                l.getDuplicateOf(), l.getProcessInstanceId(), l.getCreatedAt(), l.getContactDueAt(), sla(l),
                l.getEscalatedAt(), l.getVersion());
    }

    /** Same boundaries as the list filter: overdue before now, due soon within the warning window. */
    private LeadSla sla(Lead lead) {
        if (lead.getStatus() != LeadStatus.QUALIFYING || lead.getContactDueAt() == null) {
            return null;
        }
        Instant now = clock.instant();
        if (lead.getContactDueAt().isBefore(now)) {
            return LeadSla.OVERDUE;
        }
        return lead.getContactDueAt().isBefore(now.plus(properties.firstContactWarning())) ? LeadSla.DUE_SOON
                : LeadSla.ON_TIME;
    }

    private List<ScoreReason> reasons(String reasonsJson) {
        if (reasonsJson == null) {
            return List.of();
        }
        try {
            return json.readValue(reasonsJson, new TypeReference<List<ScoreReason>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable score reasons", e);
        }
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            errors.add(new FieldError(field, "lead.tooLong", field + " has at most " + max + " characters."));
        }
        return text;
    }

    /** Leads that matched or became the merged customer point at the kept one now. */
    @org.springframework.context.event.EventListener
    void on(com.salesflow.customer.CustomersMerged merged) {
        leads.moveCustomer(merged.duplicateId(), merged.keptId());
    }
}
