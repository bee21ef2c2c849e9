package com.salesflow.opportunity;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * One column of the pipeline (销售漏斗): how many opportunities, their amounts, and the amounts weighted by each one's
 * probability. Amounts are added as they are, whatever their currency (one currency per installation is the norm).
 */
public record PipelineStage(OpportunityStage stage, long count,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal weightedAmount) {
}
