package com.salesflow.imports;

import java.time.Instant;
import java.util.List;

/** Progress and outcome of an import; {@code rejections} lists the first rejected rows. */
public record ImportJobView(long id, ImportKind kind, String fileName, String createdBy, Instant createdAt,
        Status status, int totalRows, int processedRows, int importedRows, int rejectedRows, Instant finishedAt,
        String message, List<Rejection> rejections) {

    public enum Status { RUNNING, DONE, FAILED }

    /** Row numbers count data rows from 1, as a spreadsheet shows them below the header (row 2 = 1st data row). */
    public record Rejection(int row, String field, String reason) {
    }
}
