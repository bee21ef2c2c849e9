package com.salesflow.imports.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRejectionRepository extends JpaRepository<ImportRejection, Long> {

    List<ImportRejection> findByJobIdOrderByRowNumberAscIdAsc(Long jobId, Pageable pageable);
}
