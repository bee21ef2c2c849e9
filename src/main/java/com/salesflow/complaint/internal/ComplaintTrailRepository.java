package com.salesflow.complaint.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintTrailRepository extends JpaRepository<ComplaintTrailRecord, Long> {
    List<ComplaintTrailRecord> findByComplaintIdOrderByIdAsc(long complaintId);
}
