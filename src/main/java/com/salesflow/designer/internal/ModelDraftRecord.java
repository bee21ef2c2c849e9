package com.salesflow.designer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A saved draft; written once, never changed (the next save is the next number). */
@Entity
@Table(name = "sf_model_draft")
class ModelDraftRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "draft_no")
    private int draftNo;

    private String content;

    private String author;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected ModelDraftRecord() {
    }

    ModelDraftRecord(String fileName, int draftNo, String content, String author, Instant savedAt) {
        this.fileName = fileName;
        this.draftNo = draftNo;
        this.content = content;
        this.author = author;
        this.savedAt = savedAt;
    }

    String getFileName() { return fileName; }
    int getDraftNo() { return draftNo; }
    String getContent() { return content; }
    String getAuthor() { return author; }
    Instant getSavedAt() { return savedAt; }
}
