package com.salesflow.product.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * One product's price in one price list (the API's {@code PriceListItem}). Ids instead of associations: items are
 * read per list with their products in one query, never navigated.
 */
@Entity
@Table(name = "sf_price_list_item")
class PriceListEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "price_list_id")
    private long priceListId;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Version
    private long version;

    protected PriceListEntry() {
    }

    PriceListEntry(long priceListId, long productId, BigDecimal unitPrice) {
        this.priceListId = priceListId;
        this.productId = productId;
        this.unitPrice = unitPrice;
    }

    void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    Long getId() { return id; }
    long getPriceListId() { return priceListId; }
    long getProductId() { return productId; }
    BigDecimal getUnitPrice() { return unitPrice; }
    long getVersion() { return version; }
}
