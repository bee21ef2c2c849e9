package com.salesflow.imports.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {
}
