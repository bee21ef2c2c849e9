package com.salesflow.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A shipment: quantities per contract line position, none above what remains to deliver. */
public record DeliveryForm(LocalDate deliveredOn, List<Delivery.Line> lines, String note) {

    public static DeliveryForm of(LocalDate deliveredOn, int position, BigDecimal quantity) {
        return new DeliveryForm(deliveredOn, List.of(new Delivery.Line(position, quantity)), null);
    }
}
