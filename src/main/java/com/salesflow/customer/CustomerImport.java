package com.salesflow.customer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;

/**
 * Imports customers from CSV or XLSX in the documented format (docs/customer-data-format.md), in the background.
 * Each row is validated, checked against existing customers (same phone, e-mail or company name) and imported or
 * rejected whole; rejected rows are reported with row, field and reason.
 */
public interface CustomerImport {

    /** Stores the upload and starts the import; answers at once with the job to poll. */
    ImportJobView start(String fileName, InputStream content) throws IOException;

    /** The job, for the user who started it or an administrator; else not found. */
    ImportJobView job(long id);

    /** The rejected rows as CSV (row, field, reason). */
    void writeRejections(long id, Writer out) throws IOException;
}
