package com.salesflow.lead.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.customer.ContactForm;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Customers;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.lead.LeadRating;
import com.salesflow.lead.RejectReason;
import com.salesflow.lead.ScoreReason;
import com.salesflow.opportunity.NewOpportunity;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.workflow.Decisions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code lead-qualification}, called by its thin delegates. The rules (points, rating, team) are the
 * decision tables' business; this class applies them and records on the lead what the lead page explains.
 */
@Service
@Transactional
class LeadQualification {

    static final String SCORE_DECISION = "lead-score";
    static final String RATING_DECISION = "lead-rating";
    static final String ROUTING_DECISION = "lead-routing";
    static final String QUALIFY_TASK = "qualify";

    /** What the qualify form decided about the opportunity; every part may be empty. */
    record Conversion(String opportunityName, BigDecimal expectedAmount, LocalDate expectedClose) {
    }

    private final LeadRepository leads;
    private final LeadLookups lookups;
    private final Decisions decisions;
    private final Customers customers;
    private final Opportunities opportunities;
    private final UserDirectory directory;
    private final LeadProperties properties;
    private final TaskService engineTasks;
    private final ObjectMapper json;
    private final Clock clock;

    LeadQualification(LeadRepository leads, LeadLookups lookups, Decisions decisions, Customers customers,
            Opportunities opportunities, UserDirectory directory, LeadProperties properties, TaskService engineTasks,
            ObjectMapper json, Clock clock) {
        this.engineTasks = engineTasks;
        this.leads = leads;
        this.lookups = lookups;
        this.decisions = decisions;
        this.customers = customers;
        this.opportunities = opportunities;
        this.directory = directory;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Merges the lead into the oldest open lead with the same phone, e-mail or company (true), or links it to an
     * existing customer with the same phone, e-mail or company so that its owner gets it (false).
     */
    boolean checkDuplicates(long leadId) {
        Lead lead = lead(leadId);
        Optional<Long> open = lookups.oldestOpenDuplicate(leadId, lead.getPhoneKey(), lead.getEmail(),
                lead.getCompanyKey());
        if (open.isPresent()) {
            lead.mergeInto(lead(open.get()), clock.instant());
            return true;
        }
        customers.findMatch(lead.getPhone(), lead.getEmail(), lead.getCompany())
                .ifPresent(match -> lead.matchedCustomer(match.customerId(), match.matchedOn()));
        return false;
    }

    /** Sums the points of every {@code lead-score} row that fires (0–100) and rates the sum with {@code lead-rating}. */
    void score(long leadId) {
        Lead lead = lead(leadId);
        VariableMap inputs = Variables.createVariables()
                .putValue("industry", lead.getIndustry())
                .putValue("companySize", name(lead.getCompanySize()))
                .putValue("region", lead.getRegion())
                .putValue("source", name(lead.getSource()))
                .putValue("engagement", name(lead.getEngagement()));
        List<ScoreReason> reasons = new ArrayList<>();
        int sum = 0;
        for (DmnDecisionResultEntries row : decisions.evaluateLatest(SCORE_DECISION, inputs)) {
            Object points = row.getEntry("points");
            int value = points instanceof Number number ? number.intValue() : 0;
            sum += value;
            reasons.add(new ScoreReason(value, row.getEntry("reason"), row.getEntry("reasonZh")));
        }
        int score = Math.max(0, Math.min(100, sum));
        String rating = decisions.evaluateLatest(RATING_DECISION, Variables.createVariables().putValue("score", score))
                .getSingleEntry();
        try {
            lead.scored(score, LeadRating.valueOf(rating), json.writeValueAsString(reasons));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record the score reasons", e);
        }
    }

    /**
     * The owner of a matched customer keeps it; otherwise {@code lead-routing} picks the team and, within it, the
     * salesperson present today with the fewest open leads, then the one who waited longest for a lead. A team
     * with nobody available goes to its supervisor.
     *
     * @return the owner
     */
    String route(long leadId) {
        Lead lead = lead(leadId);
        Instant now = clock.instant();
        if (lead.getCustomerId() != null) {
            Optional<String> customerOwner = customers.ownerOf(lead.getCustomerId());
            if (customerOwner.isPresent()) {
                lead.routed(null, "Owner of the matched customer #" + lead.getCustomerId(), customerOwner.get(), now,
                        now.plus(properties.firstContactSla()));
                return customerOwner.get();
            }
        }
        DmnDecisionResultEntries routing = decisions.evaluateLatest(ROUTING_DECISION,
                Variables.createVariables().putValue("region", lead.getRegion())
                        .putValue("industry", lead.getIndustry())
                        .putValue("companySize", name(lead.getCompanySize())))
                .getFirstResult();
        String team = routing.getEntry("team");
        String reason = routing.getEntry("reason");
        String owner = fairPick(directory.availableMembers(team, Roles.SALES, LocalDate.now(clock)))
                .or(() -> directory.supervisorOfTeam(team))
                .orElseThrow(() -> new IllegalStateException("Team " + team + " has nobody to take leads"));
        lead.routed(team, reason, owner, now, now.plus(properties.firstContactSla()));
        return owner;
    }

    private Optional<String> fairPick(List<String> candidates) {
        Map<String, LeadLookups.OwnerLoad> loads = lookups.loadOf(candidates);
        LeadLookups.OwnerLoad none = new LeadLookups.OwnerLoad(0, null);
        Comparator<String> fairest = Comparator
                .<String>comparingLong(owner -> loads.getOrDefault(owner, none).openLeads())
                .thenComparing(owner -> loads.getOrDefault(owner, none).lastAssigned(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
        return candidates.stream().min(fairest);
    }

    /** When the first contact with the lead is due, for the Qualify task's due date. */
    java.util.Date firstContactDue(long leadId) {
        return java.util.Date.from(lead(leadId).getContactDueAt());
    }

    String firstContactSla() {
        return properties.firstContactSla().toString();
    }

    /** @return who handles the late lead: the owner's supervisor, else any supervisor of the lead's team */
    String escalate(long leadId) {
        Lead lead = lead(leadId);
        lead.escalated(clock.instant());
        return directory.supervisorsOf(lead.getOwner()).stream().sorted().findFirst()
                .or(() -> lead.getTeam() == null ? Optional.empty() : directory.supervisorOfTeam(lead.getTeam()))
                .orElse(lead.getOwner());
    }

    /**
     * Whom the supervisor may give a late lead to: the salespeople of their teams who are present today, the
     * current owner left out; as {@code {label, value}} options for the escalation form's pick list.
     */
    List<Map<String, String>> reassignOptions(long leadId, String supervisor) {
        String owner = lead(leadId).getOwner();
        Map<String, String> names = new HashMap<>();
        directory.enabledUsersWithAnyRole(java.util.Set.of(Roles.SALES, Roles.SUPERVISORS))
                .forEach(user -> names.put(user.username(), user.displayName()));
        return directory.availableMembersSupervisedBy(supervisor, Roles.SALES, LocalDate.now(clock)).stream()
                .filter(login -> !login.equals(owner))
                .map(login -> Map.of("value", login, "label", names.getOrDefault(login, login) + " (" + login + ")"))
                .toList();
    }

    /**
     * The supervisor's answer to a late lead. "Reassigned" needs a new owner among {@link #reassignOptions}: the
     * lead and its open Qualify task go to them with a new first-contact window.
     *
     * @return the owner from now on
     */
    String handleEscalation(long leadId, String supervisor, String action, String newOwner) {
        Lead lead = lead(leadId);
        if (!"REASSIGNED".equals(action)) {
            return lead.getOwner();
        }
        if (newOwner == null || newOwner.isBlank()) {
            throw InvalidInputException.of("newOwner", "lead.newOwner", "Pick the salesperson who takes the lead.");
        }
        boolean allowed = reassignOptions(leadId, supervisor).stream()
                .anyMatch(option -> option.get("value").equals(newOwner));
        if (!allowed) {
            throw InvalidInputException.of("newOwner", "lead.newOwner",
                    "Pick a salesperson of your team who is present today.");
        }
        Instant now = clock.instant();
        Instant due = now.plus(properties.firstContactSla());
        lead.reassigned(newOwner, "Reassigned by " + supervisor + " after a late first contact", now, due);
        engineTasks.createTaskQuery().processInstanceId(lead.getProcessInstanceId()).taskDefinitionKey(QUALIFY_TASK)
                .active().list().forEach(task -> {
                    engineTasks.setAssignee(task.getId(), newOwner);
                    engineTasks.setDueDate(task.getId(), java.util.Date.from(due));
                });
        return newOwner;
    }

    /**
     * The Qualify task was given to someone else (a supervisor's reassign in Team tasks): the lead follows. (A
     * delegation lends the task for a while; the listener does not call this for one.)
     */
    void ownerFollowsTask(long leadId, String assignee) {
        lead(leadId).ownerIs(assignee);
    }

    /**
     * Qualified, in the completing user's transaction: the customer (unless the lead matched one), the person as
     * its contact, and an opportunity, all owned by the lead's owner.
     */
    void convert(long leadId, Conversion conversion) {
        Lead lead = lead(leadId);
        long customerId;
        if (lead.getCustomerId() != null) {
            customerId = lead.getCustomerId();
        } else {
            CustomerForm form = new CustomerForm();
            boolean company = lead.getCompany() != null;
            form.setType(company ? CustomerType.COMPANY : CustomerType.PERSON);
            form.setName(company ? lead.getCompany() : lead.getPersonName());
            form.setPhone(nullToEmpty(lead.getPhone()));
            form.setEmail(nullToEmpty(lead.getEmail()));
            form.setIndustry(nullToEmpty(lead.getIndustry()));
            form.setRegion(nullToEmpty(lead.getRegion()));
            form.setSource(lead.getSource());
            form.setOwner(lead.getOwner());
            form.setNeeds(nullToEmpty(lead.getNeed()));
            CustomerDetails created = customers.create(form);
            customerId = created.id();
        }
        if (lead.getPersonName() != null && lead.getCompany() != null) {
            customers.addContact(customerId, new ContactForm(lead.getPersonName(), null, lead.getPhone(),
                    lead.getEmail(), null, null, null));
        }
        String name = conversion.opportunityName() == null || conversion.opportunityName().isBlank()
                ? (lead.getCompany() != null ? lead.getCompany() : lead.getPersonName()) + " – first order"
                : conversion.opportunityName().strip();
        long opportunityId = opportunities.open(new NewOpportunity(customerId, name, conversion.expectedAmount(),
                null, conversion.expectedClose(), lead.getOwner(), leadId)).id();
        lead.qualified(customerId, opportunityId, clock.instant());
    }

    /** @return when the nurtured lead comes back (start of that day in the server's zone) */
    java.util.Date nurture(long leadId) {
        Lead lead = lead(leadId);
        LocalDate until = LocalDate.now(clock).plusDays(properties.nurtureDays());
        lead.nurture(until);
        return java.util.Date.from(until.atStartOfDay(clock.getZone()).toInstant());
    }

    /** @return when the first contact is due again */
    java.util.Date reopen(long leadId) {
        Instant due = clock.instant().plus(properties.firstContactSla());
        lead(leadId).reopen(due);
        return java.util.Date.from(due);
    }

    /** A rejection needs its reason (the form cannot make it required only when rejecting). */
    void reject(long leadId, String reason, String note) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("rejectReason", "lead.rejectReason", "Say why the lead is rejected.");
        }
        RejectReason rejectReason;
        try {
            rejectReason = RejectReason.valueOf(reason);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("rejectReason", "lead.rejectReason", "Say why the lead is rejected.");
        }
        lead(leadId).rejected(rejectReason, note == null || note.isBlank() ? null : note.strip(), clock.instant());
    }

    private Lead lead(long leadId) {
        return leads.findById(leadId).orElseThrow(() -> new IllegalStateException("No lead " + leadId));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
