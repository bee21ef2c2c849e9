package com.salesflow.product.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A product of the catalogue; its values are checked by {@link ProductRules} before they get here. */
@Entity
@Table(name = "sf_product")
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_zh")
    private String nameZh;

    private String unit;

    @Column(name = "list_price")
    private BigDecimal listPrice;

    private BigDecimal cost;

    @Column(name = "tax_rate")
    private BigDecimal taxRate;

    private String currency;

    private boolean active = true;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected Product() {
    }

    Product(String by, Instant now) {
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void set(ProductRules.Values values, String by, Instant now) {
        this.code = values.code();
        this.nameEn = values.nameEn();
        this.nameZh = values.nameZh();
        this.unit = values.unit();
        this.listPrice = values.listPrice();
        this.cost = values.cost();
        this.taxRate = values.taxRate();
        this.currency = values.currency();
        if (values.active() != null) {
            this.active = values.active();
        }
        touch(by, now);
    }

    void setActive(boolean active, String by, Instant now) {
        this.active = active;
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    Long getId() { return id; }
    String getCode() { return code; }
    String getNameEn() { return nameEn; }
    String getNameZh() { return nameZh; }
    String getUnit() { return unit; }
    BigDecimal getListPrice() { return listPrice; }
    BigDecimal getCost() { return cost; }
    BigDecimal getTaxRate() { return taxRate; }
    String getCurrency() { return currency; }
    boolean isActive() { return active; }
    Instant getCreatedAt() { return createdAt; }
    String getCreatedBy() { return createdBy; }
    Instant getUpdatedAt() { return updatedAt; }
    String getUpdatedBy() { return updatedBy; }
    long getVersion() { return version; }
}
