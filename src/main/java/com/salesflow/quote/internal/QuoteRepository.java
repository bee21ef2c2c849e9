package com.salesflow.quote.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<QuoteRecord, Long>, JpaSpecificationExecutor<QuoteRecord> {

    /** Every version of one quote, newest first. */
    List<QuoteRecord> findByNumberOrderByVersionNoDesc(String number);

    List<QuoteRecord> findByOpportunityIdOrderByVersionNoDesc(long opportunityId);

    @Query("select l.productId from QuoteLineRecord l where l.quote.id = ?1 order by l.position")
    List<Long> findProductIdsOfLines(long quoteId);

    @Query("select q from QuoteRecord q where q.opportunityId = ?1 and q.latest = true")
    Optional<QuoteRecord> findLatestOfOpportunity(long opportunityId);
}
