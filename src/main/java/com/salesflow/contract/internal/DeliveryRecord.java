package com.salesflow.contract.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "sf_delivery")
class DeliveryRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "order_id")
    private long orderId;
    @Column(name = "delivered_on")
    private LocalDate deliveredOn;
    private String note;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sf_delivery_line", joinColumns = @JoinColumn(name = "delivery_id"))
    @OrderBy("position")
    private List<Line> lines = new ArrayList<>();

    protected DeliveryRecord() {
    }

    DeliveryRecord(long orderId, LocalDate deliveredOn, String note, String recordedBy, Instant recordedAt,
            List<Line> lines) {
        this.orderId = orderId;
        this.deliveredOn = deliveredOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.lines = new ArrayList<>(lines);
    }

    Long getId() { return id; }
    long getOrderId() { return orderId; }
    LocalDate getDeliveredOn() { return deliveredOn; }
    String getNote() { return note; }
    String getRecordedBy() { return recordedBy; }
    Instant getRecordedAt() { return recordedAt; }
    List<Line> getLines() { return lines; }

    @Embeddable
    static class Line {
        private int position;
        private BigDecimal quantity;

        protected Line() {
        }

        Line(int position, BigDecimal quantity) {
            this.position = position;
            this.quantity = quantity;
        }

        int getPosition() { return position; }
        BigDecimal getQuantity() { return quantity; }
    }
}
