package com.salesflow.product;

import java.math.BigDecimal;

/**
 * A product as entered: on the screen, through {@code POST/PUT /api/products} and per import row. {@code version}
 * is the version the caller read (updates only; a stale one is a 409). {@code active} null means "as it is" (new
 * products start active).
 */
public class ProductForm {

    /** China's standard VAT rate, the default of a new product. */
    public static final BigDecimal STANDARD_VAT = new BigDecimal("0.13");
    public static final String DEFAULT_CURRENCY = "CNY";

    private String code;
    private String nameEn;
    private String nameZh;
    private String unit;
    private BigDecimal listPrice;
    private BigDecimal cost;
    private BigDecimal taxRate = STANDARD_VAT;
    private String currency = DEFAULT_CURRENCY;
    private Boolean active;
    private Long version;

    public static ProductForm of(ProductSummary product) {
        ProductForm form = new ProductForm();
        form.code = product.code();
        form.nameEn = product.nameEn();
        form.nameZh = product.nameZh();
        form.unit = product.unit();
        form.listPrice = product.listPrice();
        form.cost = product.cost();
        form.taxRate = product.taxRate();
        form.currency = product.currency();
        form.active = product.active();
        form.version = product.version();
        return form;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameZh() { return nameZh; }
    public void setNameZh(String nameZh) { this.nameZh = nameZh; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public BigDecimal getListPrice() { return listPrice; }
    public void setListPrice(BigDecimal listPrice) { this.listPrice = listPrice; }
    public BigDecimal getCost() { return cost; }
    public void setCost(BigDecimal cost) { this.cost = cost; }
    public BigDecimal getTaxRate() { return taxRate; }
    public void setTaxRate(BigDecimal taxRate) { this.taxRate = taxRate; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public Boolean getActive() { return active; }
    public void setActive(Boolean active) { this.active = active; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
