package com.salesflow.contract.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The signed copy's bytes, apart from the contract so that nothing else reads them. */
@Entity
@Table(name = "sf_contract_file")
class ContractFileRecord {

    @Id
    @Column(name = "contract_id")
    private Long contractId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    protected ContractFileRecord() {
    }

    ContractFileRecord(long contractId, byte[] content) {
        this.contractId = contractId;
        this.content = content;
    }

    void replace(byte[] content) {
        this.content = content;
    }

    byte[] getContent() { return content; }
}
