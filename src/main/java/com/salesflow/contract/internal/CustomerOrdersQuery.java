package com.salesflow.contract.internal;

import com.salesflow.contract.CustomerOrders;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class CustomerOrdersQuery implements CustomerOrders {

    private final NamedParameterJdbcTemplate jdbc;

    CustomerOrdersQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> withOrders(Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("""
                select distinct c.customer_id from sf_contract c join sf_order o on o.contract_id = c.id
                where c.customer_id in (:ids)""", Map.of("ids", customerIds), Long.class));
    }
}
