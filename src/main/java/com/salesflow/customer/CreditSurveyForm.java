package com.salesflow.customer;

/** The four survey answers, each A (best) to D (worst), all required, and an optional note. */
public record CreditSurveyForm(CreditRating netAssets, CreditRating totalAssets, CreditRating prospects,
        CreditRating paymentRecord, String note, long version) {
}
