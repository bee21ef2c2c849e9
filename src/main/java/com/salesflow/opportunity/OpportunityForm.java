package com.salesflow.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields a person edits (create and update). {@code probability} null: follow the stage's default; a number
 * 0–100: set by hand (on update, the number it already has while following the stage leaves it following). {@code owner} null on create: the caller (or the customer's owner for someone who owns no
 * customers). {@code version} is the version the caller read (update only; a stale one is a 409).
 * {@code customerId} is read on create only; {@code lossReason} and {@code lossNote} only while the stage is LOST.
 */
public record OpportunityForm(Long customerId, String name, BigDecimal amount, String currency, Integer probability,
        LocalDate expectedClose, String owner, List<String> competitors, String description,
        LocalDate nextFollowUpAt, LossReason lossReason, String lossNote, Long version) {
}
