package com.salesflow.lead.internal;

import com.salesflow.customer.MatchKeys;
import com.salesflow.customer.Source;
import com.salesflow.lead.CompanySize;
import com.salesflow.lead.Engagement;
import com.salesflow.lead.LeadRating;
import com.salesflow.lead.LeadStatus;
import com.salesflow.lead.RejectReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A lead (线索). Status changes only through its methods, which the qualification process calls. */
@Entity
@Table(name = "sf_lead")
class Lead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_name")
    private String personName;

    private String company;

    @Column(name = "company_key")
    private String companyKey;

    private String phone;

    @Column(name = "phone_key")
    private String phoneKey;

    private String email;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String industry;

    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "company_size")
    private CompanySize companySize;

    @Enumerated(EnumType.STRING)
    private Engagement engagement;

    private String need;

    private String notes;

    @Enumerated(EnumType.STRING)
    private LeadStatus status = LeadStatus.QUALIFYING;

    private Integer score;

    @Enumerated(EnumType.STRING)
    private LeadRating rating;

    @Column(name = "score_reasons")
    private String scoreReasons;

    private String team;

    @Column(name = "routing_reason")
    private String routingReason;

    private String owner;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "matched_on")
    private String matchedOn;

    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason")
    private RejectReason rejectReason;

    @Column(name = "outcome_note")
    private String outcomeNote;

    @Column(name = "nurture_until")
    private LocalDate nurtureUntil;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "contact_due_at")
    private Instant contactDueAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Lead() {
    }

    Lead(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void describe(String personName, String company, String phone, String email, Source source, String industry,
            String region, CompanySize companySize, Engagement engagement, String need, String notes) {
        this.personName = personName;
        this.company = company;
        this.companyKey = company == null ? null : companyKey(company);
        this.phone = phone;
        this.phoneKey = phoneKey(phone);
        this.email = email == null ? null : email.toLowerCase(Locale.ROOT);
        this.source = source;
        this.industry = industry;
        this.region = region;
        this.companySize = companySize;
        this.engagement = engagement;
        this.need = need;
        this.notes = notes;
    }

    /** The customers' company key ({@link MatchKeys#company}); null when nothing is left to compare. */
    static String companyKey(String company) {
        String key = MatchKeys.company(company);
        return key.isEmpty() ? null : key;
    }

    /** The customers' phone key; shorter than 7 digits (an extension, a service number) it identifies nobody. */
    static String phoneKey(String phone) {
        String digits = MatchKeys.phone(phone);
        return digits == null || digits.length() < 7 ? null : digits;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void matchedCustomer(long customerId, String matchedOn) {
        this.customerId = customerId;
        this.matchedOn = matchedOn;
    }

    /** Folded into an open lead: fills what the open lead lacks and records that it came in again. */
    void mergeInto(Lead open, Instant now) {
        this.status = LeadStatus.MERGED;
        this.duplicateOf = open.id;
        this.closedAt = now;
        open.personName = open.personName == null ? personName : open.personName;
        open.company = open.company == null ? company : open.company;
        open.companyKey = open.companyKey == null ? companyKey : open.companyKey;
        open.phone = open.phone == null ? phone : open.phone;
        open.phoneKey = open.phoneKey == null ? phoneKey : open.phoneKey;
        open.email = open.email == null ? email : open.email;
        open.industry = open.industry == null ? industry : open.industry;
        open.region = open.region == null ? region : open.region;
        open.companySize = open.companySize == null ? companySize : open.companySize;
        if (engagement != null && (open.engagement == null || engagement.compareTo(open.engagement) > 0)) {
            open.engagement = engagement;
        }
        String again = "Came in again (lead #" + id + ", " + source + ", " + now + ")"
                + (need == null ? "" : ": " + need);
        open.notes = open.notes == null ? again : truncate(open.notes + "\n" + again, 4000);
    }

    void scored(int score, LeadRating rating, String reasonsJson) {
        this.score = score;
        this.rating = rating;
        this.scoreReasons = reasonsJson;
    }

    void routed(String team, String routingReason, String owner, Instant now, Instant contactDue) {
        this.team = team;
        this.routingReason = routingReason;
        this.owner = owner;
        this.assignedAt = now;
        this.contactDueAt = contactDue;
    }

    /** A new owner (reassigned by a supervisor) gets a new first-contact window. */
    void reassigned(String owner, String reason, Instant now, Instant contactDue) {
        this.owner = owner;
        this.routingReason = reason;
        this.assignedAt = now;
        this.contactDueAt = contactDue;
    }

    /** The Qualify task went to someone else (Team tasks → Reassign): the lead follows its task. */
    void ownerIs(String owner) {
        this.owner = owner;
    }

    void escalated(Instant now) {
        this.escalatedAt = now;
    }

    void qualified(long customerId, long opportunityId, Instant now) {
        this.status = LeadStatus.QUALIFIED;
        this.customerId = customerId;
        this.opportunityId = opportunityId;
        this.closedAt = now;
    }

    void nurture(LocalDate until) {
        this.status = LeadStatus.NURTURE;
        this.nurtureUntil = until;
    }

    void reopen(Instant contactDue) {
        this.status = LeadStatus.QUALIFYING;
        this.nurtureUntil = null;
        this.contactDueAt = contactDue;
    }

    void rejected(RejectReason reason, String note, Instant now) {
        this.status = LeadStatus.REJECTED;
        this.rejectReason = reason;
        this.outcomeNote = note;
        this.closedAt = now;
    }

    void customerMerged(long keepId) {
        this.customerId = keepId;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(text.length() - max);
    }

    Long getId() { return id; }
    String getPersonName() { return personName; }
    String getCompany() { return company; }
    String getCompanyKey() { return companyKey; }
    String getPhone() { return phone; }
    String getPhoneKey() { return phoneKey; }
    String getEmail() { return email; }
    Source getSource() { return source; }
    String getIndustry() { return industry; }
    String getRegion() { return region; }
    CompanySize getCompanySize() { return companySize; }
    Engagement getEngagement() { return engagement; }
    String getNeed() { return need; }
    String getNotes() { return notes; }
    LeadStatus getStatus() { return status; }
    Integer getScore() { return score; }
    LeadRating getRating() { return rating; }
    String getScoreReasons() { return scoreReasons; }
    String getTeam() { return team; }
    String getRoutingReason() { return routingReason; }
    String getOwner() { return owner; }
    Long getCustomerId() { return customerId; }
    String getMatchedOn() { return matchedOn; }
    Long getOpportunityId() { return opportunityId; }
    Long getDuplicateOf() { return duplicateOf; }
    String getProcessInstanceId() { return processInstanceId; }
    RejectReason getRejectReason() { return rejectReason; }
    String getOutcomeNote() { return outcomeNote; }
    LocalDate getNurtureUntil() { return nurtureUntil; }
    Instant getEscalatedAt() { return escalatedAt; }
    Instant getContactDueAt() { return contactDueAt; }
    Instant getCreatedAt() { return createdAt; }
    long getVersion() { return version; }
}
