package com.salesflow.customer.internal;

import com.salesflow.customer.Grade;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface CustomerRepository extends JpaRepository<Customer, Long>, JpaSpecificationExecutor<Customer> {

    long countByOwner(String owner);

    boolean existsByPhoneKey(String phoneKey);

    boolean existsByEmail(String email);

    boolean existsByNameKey(String nameKey);


    @Query("select c.phoneKey from Customer c where c.phoneKey in :keys")
    Set<String> findPhoneKeysIn(Collection<String> keys);

    @Query("select c.email from Customer c where c.email in :emails")
    Set<String> findEmailsIn(Collection<String> emails);

    @Query("select c.id, c.owner from Customer c where c.id in :ids")
    List<Object[]> findOwnersOf(Collection<Long> ids);

    @Query("select c.grade from Customer c where c.id = :id")
    java.util.Optional<com.salesflow.customer.Grade> findGradeOf(long id);

    @Query("select c.id, c.name from Customer c where c.id in :ids")
    List<Object[]> findNamesOf(Collection<Long> ids);

    @Query("select c.nameKey from Customer c where c.nameKey in :keys")
    Set<String> findNameKeysIn(Collection<String> keys);

    /** Owned customers of a grade with neither a new owner nor a follow-up since {@code before}. */
    @Query("""
            select c from Customer c where c.owner is not null and c.grade = :grade and c.ownedSince < :before
            and (c.lastFollowUpAt is null or c.lastFollowUpAt < :before)""")
    List<Customer> findNeglectedSince(Grade grade, Instant before);
}
