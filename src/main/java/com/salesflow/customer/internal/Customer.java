package com.salesflow.customer.internal;

import com.salesflow.customer.ContactChannel;
import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import com.salesflow.customer.MatchKeys;
import com.salesflow.customer.Source;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The customer profile (客户档案). Ownership changes only through its methods, which keep the history honest. */
@Entity
@Table(name = "sf_customer")
class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CustomerType type;

    private String name;

    /** Lower-case name without spaces and common company suffixes, for search and duplicate detection. */
    @Column(name = "name_key")
    private String nameKey;

    private String phone;

    /** Digits only, without the country prefix 86. */
    @Column(name = "phone_key")
    private String phoneKey;

    private String email;
    private String website;
    private String industry;
    private String region;
    private String address;
    private LocalDate birthday;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String owner;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    @Column(name = "rfm_tier")
    private String rfmTier;

    @Enumerated(EnumType.STRING)
    private Lifecycle lifecycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_rating")
    private CreditRating creditRating;

    @Column(name = "credit_limit")
    private BigDecimal creditLimit;

    @Column(name = "payment_term_days")
    private Integer paymentTermDays;

    /** When a credit survey or finance last set the rating, limit or terms (null: never reviewed). */
    @Column(name = "credit_reviewed_at")
    private Instant creditReviewedAt;

    @Column(name = "credit_reviewed_by")
    private String creditReviewedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sf_customer_tag", joinColumns = @JoinColumn(name = "customer_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    private ContactChannel preferredChannel;

    @Column(name = "preferred_time")
    private String preferredTime;

    private String background;
    private String preferences;
    private String needs;
    private String concerns;

    @Column(name = "last_follow_up_at")
    private Instant lastFollowUpAt;

    @Column(name = "next_follow_up_at")
    private LocalDate nextFollowUpAt;

    @Column(name = "owned_since")
    private Instant ownedSince;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Version
    private long version;

    protected Customer() {
    }

    Customer(String owner, String createdBy, Instant now) {
        this.owner = owner;
        this.ownedSince = owner == null ? null : now;
        this.createdBy = createdBy;
        this.createdAt = now;
    }


    /** A new owner from now on; null puts the customer into the pool. */
    void changeOwner(String newOwner, Instant now) {
        this.owner = newOwner;
        this.ownedSince = newOwner == null ? null : now;
    }

    /** A contact record moves the follow-up times; an older record never moves "last" backwards. */
    void followedUp(Instant happenedAt, LocalDate next) {
        if (lastFollowUpAt == null || happenedAt.isAfter(lastFollowUpAt)) {
            lastFollowUpAt = happenedAt;
            if (next != null) {
                nextFollowUpAt = next;
            }
        }
    }

    /** A credit survey or finance set the customer's credit. */
    void creditReviewed(CreditRating rating, BigDecimal limit, Integer termDays, String reviewer, Instant now) {
        this.creditRating = rating;
        this.creditLimit = limit;
        this.paymentTermDays = termDays;
        this.creditReviewedBy = reviewer;
        this.creditReviewedAt = now;
    }

    /**
     * Takes over what a duplicate knows that this profile does not: empty fields, tags, the later follow-ups.
     * Ownership stays with this customer.
     */
    void absorb(Customer duplicate) {
        if (phone == null) {
            setPhone(duplicate.phone);
        }
        email = email == null ? duplicate.email : email;
        website = website == null ? duplicate.website : website;
        industry = industry == null ? duplicate.industry : industry;
        region = region == null ? duplicate.region : region;
        address = address == null ? duplicate.address : address;
        birthday = birthday == null ? duplicate.birthday : birthday;
        creditRating = creditRating == null ? duplicate.creditRating : creditRating;
        creditLimit = creditLimit == null ? duplicate.creditLimit : creditLimit;
        paymentTermDays = paymentTermDays == null ? duplicate.paymentTermDays : paymentTermDays;
        if (creditReviewedAt == null) {
            creditReviewedAt = duplicate.creditReviewedAt;
            creditReviewedBy = duplicate.creditReviewedBy;
        }
        preferredChannel = preferredChannel == null ? duplicate.preferredChannel : preferredChannel;
        preferredTime = preferredTime == null ? duplicate.preferredTime : preferredTime;
        background = background == null ? duplicate.background : background;
        preferences = preferences == null ? duplicate.preferences : preferences;
        needs = needs == null ? duplicate.needs : needs;
        concerns = concerns == null ? duplicate.concerns : concerns;
        tags.addAll(duplicate.tags);
        if (duplicate.lastFollowUpAt != null) {
            followedUp(duplicate.lastFollowUpAt, duplicate.nextFollowUpAt);
        }
        if (nextFollowUpAt == null) {
            nextFollowUpAt = duplicate.nextFollowUpAt;
        }
    }

    Long getId() { return id; }

    /** The id the database gave a customer that an import wrote without JPA ({@link ImportedRows}). */
    void importedAs(long id) {
        this.id = id;
    }

    String getNameKey() { return nameKey; }
    String getPhoneKey() { return phoneKey; }
    CustomerType getType() { return type; }
    void setType(CustomerType type) { this.type = type; }
    String getName() { return name; }
    void setName(String name) {
        this.name = name;
        this.nameKey = MatchKeys.company(name);
    }
    String getPhone() { return phone; }
    void setPhone(String phone) {
        this.phone = phone;
        this.phoneKey = MatchKeys.phone(phone);
    }
    String getEmail() { return email; }
    void setEmail(String email) { this.email = email; }
    String getWebsite() { return website; }
    void setWebsite(String website) { this.website = website; }
    String getIndustry() { return industry; }
    void setIndustry(String industry) { this.industry = industry; }
    String getRegion() { return region; }
    void setRegion(String region) { this.region = region; }
    String getAddress() { return address; }
    void setAddress(String address) { this.address = address; }
    LocalDate getBirthday() { return birthday; }
    void setBirthday(LocalDate birthday) { this.birthday = birthday; }
    Source getSource() { return source; }
    void setSource(Source source) { this.source = source; }
    String getOwner() { return owner; }
    Grade getGrade() { return grade; }
    void setGrade(Grade grade) { this.grade = grade; }
    String getRfmTier() { return rfmTier; }
    Lifecycle getLifecycle() { return lifecycle; }
    void setLifecycle(Lifecycle lifecycle) { this.lifecycle = lifecycle; }
    CreditRating getCreditRating() { return creditRating; }
    void setCreditRating(CreditRating creditRating) { this.creditRating = creditRating; }
    BigDecimal getCreditLimit() { return creditLimit; }
    void setCreditLimit(BigDecimal creditLimit) { this.creditLimit = creditLimit; }
    Integer getPaymentTermDays() { return paymentTermDays; }
    void setPaymentTermDays(Integer paymentTermDays) { this.paymentTermDays = paymentTermDays; }
    Instant getCreditReviewedAt() { return creditReviewedAt; }
    String getCreditReviewedBy() { return creditReviewedBy; }
    Set<String> getTags() { return tags; }
    void setTags(Set<String> tags) {
        this.tags.clear();
        this.tags.addAll(tags);
    }
    ContactChannel getPreferredChannel() { return preferredChannel; }
    void setPreferredChannel(ContactChannel preferredChannel) { this.preferredChannel = preferredChannel; }
    String getPreferredTime() { return preferredTime; }
    void setPreferredTime(String preferredTime) { this.preferredTime = preferredTime; }
    String getBackground() { return background; }
    void setBackground(String background) { this.background = background; }
    String getPreferences() { return preferences; }
    void setPreferences(String preferences) { this.preferences = preferences; }
    String getNeeds() { return needs; }
    void setNeeds(String needs) { this.needs = needs; }
    String getConcerns() { return concerns; }
    void setConcerns(String concerns) { this.concerns = concerns; }
    Instant getLastFollowUpAt() { return lastFollowUpAt; }
    LocalDate getNextFollowUpAt() { return nextFollowUpAt; }
    void setNextFollowUpAt(LocalDate nextFollowUpAt) { this.nextFollowUpAt = nextFollowUpAt; }
    Instant getOwnedSince() { return ownedSince; }
    Instant getCreatedAt() { return createdAt; }
    long getVersion() { return version; }
    String getCreatedBy() { return createdBy; }
}
