package com.salesflow.contract;

import java.time.Instant;
import java.util.List;

/** The order (订单) a signed contract created, with its deliveries, oldest first. */
public record OrderView(long id, String number, OrderStatus status, Instant createdAt, Instant deliveredAt,
        List<Delivery> deliveries) {
}
