package com.salesflow.lead.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WebFormRepository extends JpaRepository<WebForm, Long> {

    Optional<WebForm> findByKeyHash(String keyHash);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    @Query("select w.allowedOrigins from WebForm w where w.enabled = true and w.revokedAt is null and w.allowedOrigins is not null")
    List<String> originsOfActiveForms();

    /**
     * Bulk update, so that neither the version moves (an administrator's open edit stays valid) nor do concurrent
     * posts with one key collide; at most once a minute, so that a busy form does not rewrite its row for every lead.
     */
    @Modifying
    @Query("update WebForm w set w.lastUsedAt = :now where w.id = :id and (w.lastUsedAt is null or w.lastUsedAt < :before)")
    int markUsed(long id, Instant now, Instant before);
}
