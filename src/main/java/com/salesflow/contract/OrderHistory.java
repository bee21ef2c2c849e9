package com.salesflow.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Order history aggregated in the database for classification (issue 10): never the orders themselves, so that a
 * million orders need no more memory than one row per customer. An order's day is its contract's signing day;
 * cancelled orders do not count. Reads the whole company, whoever asks: callers run as the system.
 */
public interface OrderHistory {

    /**
     * One row per customer with at least one order. {@code total} adds the contracts' totals as numbers, whatever
     * their currency (the ranking only compares customers with each other).
     */
    record CustomerOrders(long customerId, int orders, LocalDate firstOrder, LocalDate lastOrder, BigDecimal total) {
    }

    /** A product a customer bought on {@code days} distinct days, the first and the last of them. */
    record RepeatedPurchase(long customerId, long productId, String productName, int days, LocalDate firstDay,
            LocalDate lastDay) {
    }

    /** Customers with orders, by customer id ascending. */
    void forEachCustomer(Consumer<CustomerOrders> action);

    /** Customer × product pairs bought on at least {@code minDays} distinct days, by customer id ascending. */
    void forEachRepeatedPurchase(int minDays, Consumer<RepeatedPurchase> action);

    /** Whether the customer has an order signed on or after {@code day}. */
    boolean orderedSince(long customerId, LocalDate day);
}
