package com.salesflow.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record Payment(long id, long instalmentId, int instalmentSeq,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, LocalDate receivedOn, String reference,
        String note, String recordedBy, Instant recordedAt) {
}
