package com.salesflow.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The editable profile: basic ("hardware") information, "software" information, needs, classification and credit
 * (DOMAIN.md §2). Transaction figures are derived from orders and not edited here. {@code version} guards against
 * concurrent edits; {@code owner} is only read when an authorised user creates a customer for someone else.
 */
public class CustomerForm {

    private CustomerType type = CustomerType.COMPANY;
    private String name = "";
    private String phone = "";
    private String email = "";
    private String website = "";
    private String industry = "";
    private String region = "";
    private String address = "";
    private LocalDate birthday;
    private Source source = Source.PHONE;
    private String owner;
    private Grade grade = Grade.ORDINARY;
    private Lifecycle lifecycle = Lifecycle.PROSPECT;
    private CreditRating creditRating;
    private BigDecimal creditLimit;
    private Integer paymentTermDays;
    private Set<String> tags = new LinkedHashSet<>();
    private ContactChannel preferredChannel;
    private String preferredTime = "";
    private String background = "";
    private String preferences = "";
    private String needs = "";
    private String concerns = "";
    private LocalDate nextFollowUpAt;
    private Long version;

    public static CustomerForm of(CustomerDetails customer) {
        CustomerForm form = new CustomerForm();
        form.type = customer.type();
        form.name = customer.name();
        form.phone = nullToEmpty(customer.phone());
        form.email = nullToEmpty(customer.email());
        form.website = nullToEmpty(customer.website());
        form.industry = nullToEmpty(customer.industry());
        form.region = nullToEmpty(customer.region());
        form.address = nullToEmpty(customer.address());
        form.birthday = customer.birthday();
        form.source = customer.source();
        form.owner = customer.owner();
        form.grade = customer.grade();
        form.lifecycle = customer.lifecycle();
        form.creditRating = customer.creditRating();
        form.creditLimit = customer.creditLimit();
        form.paymentTermDays = customer.paymentTermDays();
        form.tags = new LinkedHashSet<>(customer.tags());
        form.preferredChannel = customer.preferredChannel();
        form.preferredTime = nullToEmpty(customer.preferredTime());
        form.background = nullToEmpty(customer.background());
        form.preferences = nullToEmpty(customer.preferences());
        form.needs = nullToEmpty(customer.needs());
        form.concerns = nullToEmpty(customer.concerns());
        form.nextFollowUpAt = customer.nextFollowUpAt();
        form.version = customer.version();
        return form;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public CustomerType getType() { return type; }
    public void setType(CustomerType type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public LocalDate getBirthday() { return birthday; }
    public void setBirthday(LocalDate birthday) { this.birthday = birthday; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public Grade getGrade() { return grade; }
    public void setGrade(Grade grade) { this.grade = grade; }
    public Lifecycle getLifecycle() { return lifecycle; }
    public void setLifecycle(Lifecycle lifecycle) { this.lifecycle = lifecycle; }
    public CreditRating getCreditRating() { return creditRating; }
    public void setCreditRating(CreditRating creditRating) { this.creditRating = creditRating; }
    public BigDecimal getCreditLimit() { return creditLimit; }
    public void setCreditLimit(BigDecimal creditLimit) { this.creditLimit = creditLimit; }
    public Integer getPaymentTermDays() { return paymentTermDays; }
    public void setPaymentTermDays(Integer paymentTermDays) { this.paymentTermDays = paymentTermDays; }
    public Set<String> getTags() { return tags; }
    public void setTags(Set<String> tags) { this.tags = tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tags); }
    public ContactChannel getPreferredChannel() { return preferredChannel; }
    public void setPreferredChannel(ContactChannel preferredChannel) { this.preferredChannel = preferredChannel; }
    public String getPreferredTime() { return preferredTime; }
    public void setPreferredTime(String preferredTime) { this.preferredTime = preferredTime; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getPreferences() { return preferences; }
    public void setPreferences(String preferences) { this.preferences = preferences; }
    public String getNeeds() { return needs; }
    public void setNeeds(String needs) { this.needs = needs; }
    public String getConcerns() { return concerns; }
    public void setConcerns(String concerns) { this.concerns = concerns; }
    public LocalDate getNextFollowUpAt() { return nextFollowUpAt; }
    public void setNextFollowUpAt(LocalDate nextFollowUpAt) { this.nextFollowUpAt = nextFollowUpAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
