package com.salesflow.revisit.internal;

import com.salesflow.contract.CustomerOrders;
import com.salesflow.contract.OrderDelivered;
import com.salesflow.customer.CareRecipients;
import com.salesflow.customer.CareRecipients.CareRecipient;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.revisit.RevisitStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Where revisit series start: once per fully delivered order, and every day for owned customers without orders whose
 * last revisit is longer ago than their grade's interval ({@code repeatEvery} of {@code revisit-schedule}).
 */
@Service
class RevisitStarts {

    private static final Logger log = LoggerFactory.getLogger(RevisitStarts.class);
    private static final int PAGE = 500;

    private final RevisitRepository revisits;
    private final RevisitProcess process;
    private final Customers customers;
    private final CareRecipients recipients;
    private final CustomerOrders orders;
    private final RevisitProperties properties;

    RevisitStarts(RevisitRepository revisits, RevisitProcess process, Customers customers, CareRecipients recipients,
            CustomerOrders orders, RevisitProperties properties) {
        this.revisits = revisits;
        this.process = process;
        this.customers = customers;
        this.recipients = recipients;
        this.orders = orders;
        this.properties = properties;
    }

    /**
     * After the delivery's transaction committed, in a new one: a failure here must not undo the delivery, and a
     * second event for the same order starts nothing.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(OrderDelivered event) {
        try {
            startForOrder(event);
        } catch (DataIntegrityViolationException e) {
            log.info("Revisits of order {} were started meanwhile", event.orderNumber());
        }
    }

    /** @return false when the order's series exists already */
    @Transactional
    public boolean startForOrder(OrderDelivered event) {
        if (revisits.existsByOrderId(event.orderId())) {
            return false;
        }
        Grade grade = customers.gradeOf(event.customerId()).orElse(null);
        process.start(event.customerId(), event.orderId(), event.orderNumber(), event.contractId(), event.owner(),
                grade, false, RevisitSteps.now());
        return true;
    }

    /** @return how many revisits started, at most {@code salesflow.revisits.daily-batch} */
    @Transactional
    public int startForCustomersWithoutOrders() {
        Instant now = RevisitSteps.now();
        Map<Grade, Instant> lastBefore = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            lastBefore.put(grade, now.atZone(java.time.ZoneId.systemDefault())
                    .minus(process.scheduleFor(grade).repeatEvery()).toInstant());
        }
        int started = 0;
        long after = 0;
        while (started < properties.dailyBatch()) {
            List<CareRecipient> page = recipients.addressees(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1).customerId();
            List<Long> ids = page.stream().map(CareRecipient::customerId).toList();
            Set<Long> withOrders = orders.withOrders(ids);
            Map<Grade, List<CareRecipient>> byGrade = page.stream()
                    .filter(c -> !withOrders.contains(c.customerId()) && c.grade() != null)
                    .collect(Collectors.groupingBy(CareRecipient::grade));
            for (var entry : byGrade.entrySet()) {
                Set<Long> busy = Set.copyOf(revisits.busyCustomers(
                        entry.getValue().stream().map(CareRecipient::customerId).toList(),
                        List.of(RevisitStatus.PLANNED, RevisitStatus.OPEN), lastBefore.get(entry.getKey())));
                for (CareRecipient customer : entry.getValue()) {
                    if (started >= properties.dailyBatch()) {
                        break;
                    }
                    if (!busy.contains(customer.customerId())) {
                        process.start(customer.customerId(), null, null, null, customer.owner(), customer.grade(),
                                true, now);
                        started++;
                    }
                }
            }
        }
        log.info("Revisits: started {} for customers without orders", started);
        return started;
    }

    @Component("startRevisitsWithoutOrders")
    static class Daily implements JavaDelegate {
        private final RevisitStarts starts;

        Daily(RevisitStarts starts) {
            this.starts = starts;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("started", starts.startForCustomersWithoutOrders());
        }
    }
}
