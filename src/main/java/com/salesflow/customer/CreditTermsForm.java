package com.salesflow.customer;

import java.math.BigDecimal;

/** Limit ≥ 0 and payment terms 0–365 days, as finance sets them. */
public record CreditTermsForm(BigDecimal creditLimit, Integer paymentTermsDays, long version) {
}
