package com.salesflow.lead.internal;

import com.salesflow.lead.LeadStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead> {

    /** The oldest open lead (other than {@code id}) with the same phone, e-mail or company. */
    @Query("""
            select l from Lead l where l.id <> :id and l.status in :open
            and ((:phoneKey is not null and l.phoneKey = :phoneKey) or (:email is not null and l.email = :email)
                 or (:companyKey is not null and l.companyKey = :companyKey))
            order by l.createdAt, l.id""")
    List<Lead> findOpenDuplicates(long id, String phoneKey, String email, String companyKey,
            Collection<LeadStatus> open, org.springframework.data.domain.Pageable first);

    /** Per owner: open leads and the last time one was assigned, for the fair assignment. */
    @Query("""
            select l.owner, sum(case when l.status in :open then 1 else 0 end), max(l.assignedAt)
            from Lead l where l.owner in :owners group by l.owner""")
    List<Object[]> loadOf(Collection<String> owners, Collection<LeadStatus> open);

    @Modifying
    @Query("update Lead l set l.customerId = :keepId where l.customerId = :duplicateId")
    int moveCustomer(long duplicateId, long keepId);

    long countByCreatedAtAfter(Instant after);
}
