package com.salesflow.designer.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModelAuditRepository extends JpaRepository<ModelAuditRecord, Long> {

    List<ModelAuditRecord> findByDeploymentIdIn(Collection<String> deploymentIds);

    List<ModelAuditRecord> findByFileNameOrderByIdDesc(String fileName);
}
