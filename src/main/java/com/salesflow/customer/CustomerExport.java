package com.salesflow.customer;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the customers the caller may see, filtered like the list, in the one documented format
 * (docs/customer-data-format.md). Streams page by page, so memory stays constant however many rows there are.
 */
public interface CustomerExport {

    /** @return the number of customers written */
    long export(CustomerFilter filter, ExportFormat format, OutputStream out) throws IOException;
}
