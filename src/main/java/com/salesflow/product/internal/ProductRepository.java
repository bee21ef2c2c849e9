package com.salesflow.product.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProductRepository extends JpaRepository<Product, Long>, JpaSpecificationExecutor<Product> {

    Optional<Product> findByCode(String code);

    /**
     * For quote lines, as plain values rather than managed entities (a 200-line quote would otherwise leave 400
     * entities for every later flush of its transaction to check): id, code, nameEn, nameZh, unit, listPrice, cost,
     * taxRate, active, and the unit price in the list (null when the list does not price it).
     */
    @org.springframework.data.jpa.repository.Query("""
            select p.id, p.code, p.nameEn, p.nameZh, p.unit, p.listPrice, p.cost, p.taxRate, p.active, e.unitPrice
            from Product p left join PriceListEntry e on e.productId = p.id and e.priceListId = :priceListId
            where p.id in :ids""")
    java.util.List<Object[]> findPriced(long priceListId, java.util.Collection<Long> ids);

    boolean existsByCode(String code);

    boolean existsByCodeAndIdNot(String code, long id);
}
