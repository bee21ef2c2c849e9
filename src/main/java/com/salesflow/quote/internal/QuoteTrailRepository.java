package com.salesflow.quote.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteTrailRepository extends JpaRepository<QuoteTrailRecord, Long> {

    /** The trail of every version given, oldest first. */
    List<QuoteTrailRecord> findByQuoteIdInOrderByIdAsc(Collection<Long> quoteIds);
}
