package com.salesflow.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment received against one instalment. Partial payments are allowed, more than the instalment's open amount
 * is refused. {@code reference} (bank transaction or receipt number) is required and unique: recording it again
 * with the same figures returns the contract unchanged, with other figures it is a 409.
 */
public record PaymentForm(long instalmentId, BigDecimal amount, LocalDate receivedOn, String reference, String note) {
}
