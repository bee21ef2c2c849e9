package com.salesflow.contract.internal;

import com.salesflow.contract.ApprovalStep;
import com.salesflow.contract.ContractAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "sf_contract_trail")
class ContractTrailRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "contract_id")
    private long contractId;
    @Column(name = "version_no")
    private int versionNo;
    @Enumerated(EnumType.STRING)
    private ContractAction action;
    @Enumerated(EnumType.STRING)
    private ApprovalStep level;
    private String actor;
    private Instant at;
    private String comment;

    protected ContractTrailRecord() {
    }

    ContractTrailRecord(long contractId, int versionNo, ContractAction action, ApprovalStep level, String actor,
            Instant at, String comment) {
        this.contractId = contractId;
        this.versionNo = versionNo;
        this.action = action;
        this.level = level;
        this.actor = actor;
        this.at = at;
        this.comment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000);
    }

    /** Demo data only: a step told as having happened earlier. */
    void movedBack(Duration by) {
        at = at.minus(by);
    }

    Long getId() { return id; }
    long getContractId() { return contractId; }
    int getVersionNo() { return versionNo; }
    ContractAction getAction() { return action; }
    ApprovalStep getLevel() { return level; }
    String getActor() { return actor; }
    Instant getAt() { return at; }
    String getComment() { return comment; }
}
