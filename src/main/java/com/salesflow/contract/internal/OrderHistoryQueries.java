package com.salesflow.contract.internal;

import com.salesflow.contract.OrderHistory;
import java.sql.Date;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OrderHistory} as two GROUP BY queries over {@code sf_order} and its contract (and lines), handed to the
 * caller row by row. Plain SQL that runs on H2 and MariaDB alike.
 */
@Service
@Transactional(readOnly = true)
class OrderHistoryQueries implements OrderHistory {

    /** The order's day: the contract's signing day, which every order has (orders are made on signing). */
    private static final String DAY = "coalesce(c.signed_on, cast(o.created_at as date))";

    private final JdbcTemplate jdbc;

    OrderHistoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void forEachCustomer(Consumer<CustomerOrders> action) {
        jdbc.query("select c.customer_id, count(*) as orders, min(" + DAY + ") as first_day, max(" + DAY
                + ") as last_day, sum(c.total) as total from sf_order o join sf_contract c on c.id = o.contract_id "
                + "where o.status <> 'CANCELLED' group by c.customer_id order by c.customer_id",
                (RowCallbackHandler) rs -> action.accept(new CustomerOrders(rs.getLong(1), rs.getInt(2),
                        rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate(), rs.getBigDecimal(5))));
    }

    @Override
    public void forEachRepeatedPurchase(int minDays, Consumer<RepeatedPurchase> action) {
        jdbc.query("select c.customer_id, l.product_id, max(l.product_name_en), count(distinct " + DAY + "), min("
                + DAY + "), max(" + DAY + ") from sf_order o join sf_contract c on c.id = o.contract_id "
                + "join sf_contract_line l on l.contract_id = c.id where o.status <> 'CANCELLED' "
                + "group by c.customer_id, l.product_id having count(distinct " + DAY + ") >= ? "
                + "order by c.customer_id, l.product_id",
                (RowCallbackHandler) rs -> action.accept(new RepeatedPurchase(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getInt(4), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate())),
                minDays);
    }

    @Override
    public boolean orderedSince(long customerId, java.time.LocalDate day) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from sf_order o join sf_contract c "
                + "on c.id = o.contract_id where c.customer_id = ? and o.status <> 'CANCELLED' and " + DAY + " >= ?",
                Boolean.class, customerId, Date.valueOf(day)));
    }
}
