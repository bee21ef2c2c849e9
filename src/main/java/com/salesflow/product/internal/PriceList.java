package com.salesflow.product.internal;

import com.salesflow.product.PriceListStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A price list and its validity; both days are included, an empty end means open-ended. */
@Entity
@Table(name = "sf_price_list")
class PriceList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String currency;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

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

    protected PriceList() {
    }

    PriceList(String by, Instant now) {
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void set(String name, String currency, LocalDate validFrom, LocalDate validTo, Boolean active, String by,
            Instant now) {
        this.name = name;
        this.currency = currency;
        this.validFrom = validFrom;
        this.validTo = validTo;
        if (active != null) {
            this.active = active;
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

    /** Deactivation wins over the dates; then the day decides. */
    PriceListStatus statusOn(LocalDate day) {
        return status(active, validFrom, validTo, day);
    }

    static PriceListStatus status(boolean active, LocalDate validFrom, LocalDate validTo, LocalDate day) {
        if (!active) {
            return PriceListStatus.INACTIVE;
        }
        if (day.isBefore(validFrom)) {
            return PriceListStatus.NOT_YET_VALID;
        }
        if (validTo != null && day.isAfter(validTo)) {
            return PriceListStatus.EXPIRED;
        }
        return PriceListStatus.VALID;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getCurrency() { return currency; }
    LocalDate getValidFrom() { return validFrom; }
    LocalDate getValidTo() { return validTo; }
    boolean isActive() { return active; }
    Instant getUpdatedAt() { return updatedAt; }
    String getUpdatedBy() { return updatedBy; }
    long getVersion() { return version; }
}
