package com.salesflow.customer;

import java.util.List;
import java.util.function.Consumer;

/**
 * The classes other modules compute for customers (RFM tier, lifecycle, grade) and the dropped mark, read and written
 * for the whole company in batches. Runs as the system: callers check who may start it.
 */
public interface CustomerClasses {

    /** A customer's classes as they are now. */
    record Current(long customerId, String owner, Grade grade, String rfmTier, Lifecycle lifecycle,
            CreditRating creditRating, boolean dropped) {
    }

    /** New classes for one customer; fields that stay are passed as they were. */
    record Update(long customerId, String rfmTier, Lifecycle lifecycle, boolean dropped) {
    }

    /** Every customer, by id ascending, read in pages so that memory does not grow with the number of customers. */
    void forEach(Consumer<Current> action);

    /** Writes the updates in one JDBC batch (the customer's version moves on, so open edit forms see the change). */
    void update(List<Update> updates);

    java.util.Optional<Current> current(long customerId);

    /** A supervisor confirmed a grade suggestion. */
    void changeGrade(long customerId, Grade grade);

    /** Lost and not won back by the deadline: no more effort (revisits, greetings, replenishment, win-back). */
    void markDropped(long customerId, boolean dropped);

    boolean isDropped(long customerId);
}
