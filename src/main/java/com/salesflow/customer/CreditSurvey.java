package com.salesflow.customer;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/** A recorded survey with the rating and the suggestion the decision table gave. */
public record CreditSurvey(long id, long customerId, CreditRating netAssets, CreditRating totalAssets,
        CreditRating prospects, CreditRating paymentRecord, String note, CreditRating rating,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal suggestedLimit, int suggestedTermsDays,
        String surveyedBy, Instant surveyedAt) {
}
