package com.salesflow.lead.internal;

import com.salesflow.lead.LeadStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LeadRepository extends JpaRepository<Lead, Long>, JpaSpecificationExecutor<Lead> {

    /**
     * The oldest open lead (other than {@code id}) with the same phone, e-mail or company. One indexed look-up per
     * key rather than one query with {@code or} across three columns: H2 and MariaDB answer that by reading every
     * open lead, so each intake got slower as open leads piled up (LeadIntakeBenchmark, docs/benchmarks.md).
     */
    default java.util.Optional<Lead> findOldestOpenDuplicate(long id, String phoneKey, String email,
            String companyKey, Collection<LeadStatus> open) {
        Pageable first = PageRequest.of(0, 1);
        List<Lead> found = new java.util.ArrayList<>(3);
        if (phoneKey != null) {
            found.addAll(findOpenByPhoneKey(phoneKey, id, open, first));
        }
        if (email != null) {
            found.addAll(findOpenByEmail(email, id, open, first));
        }
        if (companyKey != null) {
            found.addAll(findOpenByCompanyKey(companyKey, id, open, first));
        }
        return found.stream().min(Comparator.comparing(Lead::getCreatedAt).thenComparing(Lead::getId));
    }

    @Query("""
            select l from Lead l where l.phoneKey = :phoneKey and l.status in :open and l.id <> :id
            order by l.createdAt, l.id""")
    List<Lead> findOpenByPhoneKey(String phoneKey, long id, Collection<LeadStatus> open, Pageable first);

    @Query("""
            select l from Lead l where l.email = :email and l.status in :open and l.id <> :id
            order by l.createdAt, l.id""")
    List<Lead> findOpenByEmail(String email, long id, Collection<LeadStatus> open, Pageable first);

    @Query("""
            select l from Lead l where l.companyKey = :companyKey and l.status in :open and l.id <> :id
            order by l.createdAt, l.id""")
    List<Lead> findOpenByCompanyKey(String companyKey, long id, Collection<LeadStatus> open, Pageable first);

    /**
     * Per owner with open leads: how many, for the fair assignment. Reads the open leads only (index on owner and
     * status), not every lead the team ever had.
     */
    @Query("select l.owner, count(l) from Lead l where l.owner in :owners and l.status in :open group by l.owner")
    List<Object[]> openLeadsOf(Collection<String> owners, Collection<LeadStatus> open);

    /** Per owner: the last time a lead was assigned to them (index on owner and assignment time). */
    @Query("select l.owner, max(l.assignedAt) from Lead l where l.owner in :owners group by l.owner")
    List<Object[]> lastAssignedOf(Collection<String> owners);

    @Modifying
    @Query("update Lead l set l.customerId = :keepId where l.customerId = :duplicateId")
    int moveCustomer(long duplicateId, long keepId);

    long countByCreatedAtAfter(Instant after);
}
