package com.salesflow.product.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriceListEntryRepository extends JpaRepository<PriceListEntry, Long> {

    Optional<PriceListEntry> findByPriceListIdAndProductId(long priceListId, long productId);

    boolean existsByPriceListIdAndProductId(long priceListId, long productId);

    List<PriceListEntry> findByPriceListId(long priceListId);

    /** How many items each list has: [priceListId, count]. */
    @Query("select e.priceListId, count(e) from PriceListEntry e group by e.priceListId")
    List<Object[]> countPerList();

    long countByPriceListId(long priceListId);

    /** In how many lists of another currency the product is priced (its currency may then not change). */
    @Query("""
            select count(e) from PriceListEntry e, PriceList p where e.priceListId = p.id
            and e.productId = :productId and p.currency <> :currency""")
    long countInListsOfOtherCurrency(long productId, String currency);
}
