package com.salesflow.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Imports CSV or XLSX files in the background, one job per file. Each row is imported or rejected whole by the
 * kind's {@link ImportRowHandler}; rejected rows are reported with row, field and reason.
 */
public interface Imports {

    /**
     * Stores the upload and starts the import; answers at once with the job to poll. 400 for a file that is neither
     * .csv nor .xlsx, 403 when the signed-in user may not import this kind.
     */
    ImportJobView start(ImportKind kind, String fileName, InputStream content) throws IOException;

    /** Whether the signed-in user may import this kind, so that screens offer only what the server allows. */
    boolean mayImport(ImportKind kind);

    /** The job, for the user who started it or an administrator; else not found. */
    ImportJobView job(long id);

    /** The rejected rows as CSV (row, field, reason). */
    void writeRejections(long id, Writer out) throws IOException;

    /** An empty file of this kind with its header row and one example row, as CSV or XLSX. */
    void writeTemplate(ImportKind kind, boolean xlsx, OutputStream out) throws IOException;
}
