package com.salesflow.contract;

import java.util.Collection;
import java.util.Set;

/** Which customers have ever had an order, whoever asks (the revisit schedule for customers without orders). */
public interface CustomerOrders {

    /** The ids among {@code customerIds} that have at least one order, whatever its status. */
    Set<Long> withOrders(Collection<Long> customerIds);
}
