package com.salesflow.contract;

/**
 * Published when an order has been delivered in full, after the transaction commits: the post-sale revisit starts
 * from it.
 */
public record OrderDelivered(long orderId, String orderNumber, long contractId, long customerId, String owner) {
}
