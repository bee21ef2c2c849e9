package com.salesflow.product.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriceListRepository extends JpaRepository<PriceList, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    @Query("""
            select p from PriceList p where p.active = true and p.validFrom <= :day
            and (p.validTo is null or p.validTo >= :day) order by p.validFrom desc, p.id desc""")
    List<PriceList> validOn(LocalDate day);
}
