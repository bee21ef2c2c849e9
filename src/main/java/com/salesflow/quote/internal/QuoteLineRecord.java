package com.salesflow.quote.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A priced line of a quote version, with the catalogue's data copied as it was when priced. */
@Entity
@Table(name = "sf_quote_line")
class QuoteLineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quote_id")
    private QuoteRecord quote;

    private int position;
    @Column(name = "product_id")
    private long productId;
    @Column(name = "product_code")
    private String productCode;
    @Column(name = "product_name_en")
    private String productNameEn;
    @Column(name = "product_name_zh")
    private String productNameZh;
    private String unit;
    private BigDecimal quantity;
    @Column(name = "list_price")
    private BigDecimal listPrice;
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    @Column(name = "discount_percent")
    private BigDecimal discountPercent;
    @Column(name = "tax_rate")
    private BigDecimal taxRate;
    @Column(name = "unit_cost")
    private BigDecimal unitCost;
    private BigDecimal gross;
    private BigDecimal net;
    private BigDecimal tax;
    private BigDecimal cost;

    protected QuoteLineRecord() {
    }

    QuoteLineRecord(int position, long productId, String productCode, String productNameEn, String productNameZh,
            String unit, BigDecimal quantity, BigDecimal listPrice, BigDecimal unitPrice, BigDecimal discountPercent,
            BigDecimal taxRate, BigDecimal unitCost, BigDecimal gross, BigDecimal net, BigDecimal tax,
            BigDecimal cost) {
        this.position = position;
        this.productId = productId;
        this.productCode = productCode;
        this.productNameEn = productNameEn;
        this.productNameZh = productNameZh;
        this.unit = unit;
        this.quantity = quantity;
        this.listPrice = listPrice;
        this.unitPrice = unitPrice;
        this.discountPercent = discountPercent;
        this.taxRate = taxRate;
        this.unitCost = unitCost;
        this.gross = gross;
        this.net = net;
        this.tax = tax;
        this.cost = cost;
    }

    void copyFrom(QuoteLineRecord other) {
        position = other.position;
        productId = other.productId;
        productCode = other.productCode;
        productNameEn = other.productNameEn;
        productNameZh = other.productNameZh;
        unit = other.unit;
        quantity = other.quantity;
        listPrice = other.listPrice;
        unitPrice = other.unitPrice;
        discountPercent = other.discountPercent;
        taxRate = other.taxRate;
        unitCost = other.unitCost;
        gross = other.gross;
        net = other.net;
        tax = other.tax;
        cost = other.cost;
    }

    void attachTo(QuoteRecord quote) {
        this.quote = quote;
    }

    int getPosition() { return position; }
    long getProductId() { return productId; }
    String getProductCode() { return productCode; }
    String getProductNameEn() { return productNameEn; }
    String getProductNameZh() { return productNameZh; }
    String getUnit() { return unit; }
    BigDecimal getQuantity() { return quantity; }
    BigDecimal getListPrice() { return listPrice; }
    BigDecimal getUnitPrice() { return unitPrice; }
    BigDecimal getDiscountPercent() { return discountPercent; }
    BigDecimal getTaxRate() { return taxRate; }
    BigDecimal getUnitCost() { return unitCost; }
    BigDecimal getGross() { return gross; }
    BigDecimal getNet() { return net; }
    BigDecimal getTax() { return tax; }
    BigDecimal getCost() { return cost; }
}
