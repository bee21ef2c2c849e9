package com.salesflow.product;

import java.time.LocalDate;

/**
 * A price list as entered. {@code validTo} may be empty (open-ended); {@code version} is the version the caller read
 * (updates only). {@code active} null means "as it is" (new lists start active).
 */
public class PriceListForm {

    private String name;
    private String currency = ProductForm.DEFAULT_CURRENCY;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Boolean active;
    private Long version;

    public static PriceListForm of(PriceListSummary list) {
        PriceListForm form = new PriceListForm();
        form.name = list.name();
        form.currency = list.currency();
        form.validFrom = list.validFrom();
        form.validTo = list.validTo();
        form.active = list.active();
        form.version = list.version();
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
