package com.salesflow.imports.internal;

import com.salesflow.imports.ImportJobView.Status;
import com.salesflow.imports.ImportKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sf_import_job")
class ImportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    private Status status = Status.RUNNING;

    @Column(name = "total_rows")
    private int totalRows;

    @Column(name = "processed_rows")
    private int processedRows;

    @Column(name = "imported_rows")
    private int importedRows;

    @Column(name = "rejected_rows")
    private int rejectedRows;

    @Column(name = "finished_at")
    private Instant finishedAt;

    private String message;

    protected ImportJob() {
    }

    ImportJob(ImportKind kind, String createdBy, Instant createdAt, String fileName) {
        this.kind = kind;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.fileName = fileName;
    }

    void progress(int total, int processed, int imported, int rejected) {
        this.totalRows = total;
        this.processedRows = processed;
        this.importedRows = imported;
        this.rejectedRows = rejected;
    }

    void finish(Status status, Instant at, String message) {
        this.status = status;
        this.finishedAt = at;
        this.message = message;
    }

    Long getId() { return id; }
    ImportKind getKind() { return kind; }
    String getCreatedBy() { return createdBy; }
    Instant getCreatedAt() { return createdAt; }
    String getFileName() { return fileName; }
    Status getStatus() { return status; }
    int getTotalRows() { return totalRows; }
    int getProcessedRows() { return processedRows; }
    int getImportedRows() { return importedRows; }
    int getRejectedRows() { return rejectedRows; }
    Instant getFinishedAt() { return finishedAt; }
    String getMessage() { return message; }
}
