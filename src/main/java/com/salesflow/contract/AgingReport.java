package com.salesflow.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Open receivables as of a day, per currency and aging bucket: how many instalments, how much is open. */
public record AgingReport(LocalDate asOf, List<Row> rows) {

    public record Row(String currency, AgingBucket bucket, long instalments,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal open) {
    }
}
