package com.salesflow.lead;

import com.salesflow.customer.Source;

/**
 * A lead as it arrives (the intake form, {@code POST /api/leads}, an import row, a web site). Either a person or a
 * company is required, and a phone or an e-mail to reach them.
 */
public class LeadForm {

    private String name = "";
    private String company = "";
    private String phone = "";
    private String email = "";
    private Source source = Source.PHONE;
    private String industry = "";
    private String region = "";
    private CompanySize companySize;
    private Engagement engagement = Engagement.LOW;
    private String need = "";
    private String notes = "";

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Source getSource() { return source; }
    public void setSource(Source source) { this.source = source; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public CompanySize getCompanySize() { return companySize; }
    public void setCompanySize(CompanySize companySize) { this.companySize = companySize; }
    public Engagement getEngagement() { return engagement; }
    public void setEngagement(Engagement engagement) { this.engagement = engagement; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
