package com.salesflow.imports.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sf_import_rejection")
class ImportRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id")
    private Long jobId;

    @Column(name = "row_no")
    private int rowNumber;

    private String field;
    private String reason;

    protected ImportRejection() {
    }

    ImportRejection(Long jobId, int rowNumber, String field, String reason) {
        this.jobId = jobId;
        this.rowNumber = rowNumber;
        this.field = field;
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    int getRowNumber() { return rowNumber; }
    String getField() { return field; }
    String getReason() { return reason; }
}
