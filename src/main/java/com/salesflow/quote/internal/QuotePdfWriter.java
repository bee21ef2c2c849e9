package com.salesflow.quote.internal;

import com.salesflow.customer.CustomerDetails;
import com.salesflow.quote.QuoteDetails;
import org.springframework.stereotype.Component;

/** Placeholder until the OpenPDF writer lands (branch quote-pdf). */
@Component
class QuotePdfWriter {

    byte[] write(QuoteDetails quote, CustomerDetails customer, String contactName) {
        throw new UnsupportedOperationException("PDF writer not merged yet");
    }
}
