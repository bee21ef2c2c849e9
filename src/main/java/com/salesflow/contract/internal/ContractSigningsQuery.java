package com.salesflow.contract.internal;

import com.salesflow.contract.ContractSignings;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ContractSignings}: one grouped query over the signed contracts. */
@Service
@Transactional(readOnly = true)
class ContractSigningsQuery implements ContractSignings {

    private final EntityManager entityManager;

    ContractSigningsQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<Long, CustomerSignings> byCustomer() {
        List<Object[]> rows = entityManager.createQuery("select c.customerId, count(c), min(c.signedAt), max(c.signedAt)"
                + " from ContractRecord c where c.signedAt is not null group by c.customerId", Object[].class)
                .getResultList();
        Map<Long, CustomerSignings> byCustomer = new HashMap<>();
        for (Object[] row : rows) {
            byCustomer.put(((Number) row[0]).longValue(), new CustomerSignings(((Number) row[1]).longValue(),
                    (Instant) row[2], (Instant) row[3]));
        }
        return byCustomer;
    }
}
