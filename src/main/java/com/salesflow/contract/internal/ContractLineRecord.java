package com.salesflow.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** A contract line, by contract and position, with what has been delivered of it. */
@Entity
@Table(name = "sf_contract_line")
@IdClass(ContractLineRecord.Key.class)
class ContractLineRecord {

    @Id
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private ContractRecord contract;
    @Id
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
    @Column(name = "unit_price")
    private BigDecimal unitPrice;
    @Column(name = "discount_percent")
    private BigDecimal discountPercent;
    @Column(name = "tax_rate")
    private BigDecimal taxRate;
    private BigDecimal net;
    private BigDecimal tax;
    private BigDecimal delivered;

    protected ContractLineRecord() {
    }

    ContractLineRecord(int position, long productId, String productCode, String productNameEn, String productNameZh,
            String unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal taxRate,
            BigDecimal net, BigDecimal tax) {
        this.position = position;
        this.productId = productId;
        this.productCode = productCode;
        this.productNameEn = productNameEn;
        this.productNameZh = productNameZh;
        this.unit = unit;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discountPercent = discountPercent;
        this.taxRate = taxRate;
        this.net = net;
        this.tax = tax;
        this.delivered = BigDecimal.ZERO;
    }

    void attachTo(ContractRecord contract) {
        this.contract = contract;
    }

    void reprice(BigDecimal quantity, BigDecimal unitPrice, ContractPricing.Priced priced) {
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.net = priced.net();
        this.tax = priced.tax();
    }

    void deliver(BigDecimal quantity) {
        this.delivered = delivered.add(quantity);
    }

    int getPosition() { return position; }
    long getProductId() { return productId; }
    String getProductCode() { return productCode; }
    String getProductNameEn() { return productNameEn; }
    String getProductNameZh() { return productNameZh; }
    String getUnit() { return unit; }
    BigDecimal getQuantity() { return quantity; }
    BigDecimal getUnitPrice() { return unitPrice; }
    BigDecimal getDiscountPercent() { return discountPercent; }
    BigDecimal getTaxRate() { return taxRate; }
    BigDecimal getNet() { return net; }
    BigDecimal getTax() { return tax; }
    BigDecimal getDelivered() { return delivered; }

    static class Key implements Serializable {
        private Long contract;
        private int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(contract, k.contract) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(contract, position);
        }
    }
}
