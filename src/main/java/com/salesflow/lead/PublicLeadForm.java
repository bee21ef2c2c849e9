package com.salesflow.lead;

/**
 * A lead as a web site posts it to {@code /api/public/leads}: only what a visitor may say about themselves. The
 * source comes from the web form's key and the engagement is the sales team's judgement, so neither is accepted
 * here; every value is text, so that a wrong company size is a field error like any other.
 */
public class PublicLeadForm {

    private String name;
    private String company;
    private String phone;
    private String email;
    private String industry;
    private String region;
    private String companySize;
    private String need;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCompany() { return company; }
    public void setCompany(String company) { this.company = company; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getCompanySize() { return companySize; }
    public void setCompanySize(String companySize) { this.companySize = companySize; }
    public String getNeed() { return need; }
    public void setNeed(String need) { this.need = need; }
}
