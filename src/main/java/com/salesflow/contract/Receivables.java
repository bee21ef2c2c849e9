package com.salesflow.contract;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Receivables (应收账款/回款): open instalments of signed contracts, in the caller's scope as contracts are (finance,
 * directors and admins see all). Aging is by days past the due date as of today in the application's time zone.
 */
public interface Receivables {

    AgingReport aging(ReceivablesFilter filter);

    /** Open instalments, most overdue first unless {@code pageable} sorts otherwise. */
    Page<OpenInstalment> open(ReceivablesFilter filter, Pageable pageable);

    long count(ReceivablesFilter filter);

    /** Open receivables of a customer in its contracts' currency (all of them summed), whoever asks: credit checks. */
    java.math.BigDecimal openOf(long customerId);
}
