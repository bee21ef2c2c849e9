package com.salesflow.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One shipment of the order, partial or whole. */
public record Delivery(long id, LocalDate deliveredOn, String note, String recordedBy, Instant recordedAt,
        List<Line> lines) {

    public record Line(int position, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity) {
    }
}
