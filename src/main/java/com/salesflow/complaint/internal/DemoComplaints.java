package com.salesflow.complaint.internal;

import com.salesflow.complaint.ComplaintCategory;
import com.salesflow.complaint.ComplaintChannel;
import com.salesflow.complaint.ComplaintDetails;
import com.salesflow.complaint.ComplaintForm;
import com.salesflow.complaint.ComplaintSeverity;
import com.salesflow.complaint.Complaints;
import com.salesflow.complaint.ConfirmationForm;
import com.salesflow.complaint.ResolutionForm;
import com.salesflow.contract.ContractFilter;
import com.salesflow.contract.Contracts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Complaints for the demo run, after the contracts, from customers who bought: one resolved within its SLA and
 * confirmed, one resolved late after an escalation and confirmed, one reopened by a dissatisfied customer and being
 * investigated again, and a critical one that just came in. Told on the engine's clock set back to when they
 * happened, so that SLA, trail and time to resolve are those of the story. Created once, when there are none.
 */
@Component
@Order(160)
class DemoComplaints implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

    private final Complaints complaints;
    private final ComplaintRepository records;
    private final Contracts contracts;
    private final ManagementService management;
    private final UserDetailsService users;
    private final boolean demo;

    DemoComplaints(Complaints complaints, ComplaintRepository records, Contracts contracts,
            ManagementService management, UserDetailsService users,
            @Value("${salesflow.demo.enabled:false}") boolean demo) {
        this.complaints = complaints;
        this.records = records;
        this.contracts = contracts;
        this.management = management;
        this.users = users;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || records.count() > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext();
        int created = 0;
        try {
            signIn("admin");
            Set<Long> customers = new LinkedHashSet<>();
            contracts.list(ContractFilter.all(), PageRequest.of(0, 50)).forEach(c -> customers.add(c.customerId()));
            List<Long> ids = new ArrayList<>(customers);
            if (ids.size() < 4) {
                return;
            }
            Instant now = Instant.now();
            created += tell(() -> quickAndConfirmed(ids.get(0), now.minus(Duration.ofDays(12))));
            created += tell(() -> lateAfterEscalation(ids.get(1), now.minus(Duration.ofDays(30))));
            created += tell(() -> reopened(ids.get(2), now.minus(Duration.ofDays(4))));
            created += tell(() -> {
                at(now.minus(Duration.ofMinutes(40)));
                register(ids.get(3), ComplaintCategory.BILLING, ComplaintSeverity.CRITICAL, ComplaintChannel.PHONE,
                        "Invoiced twice for the same delivery; the customer's finance department blocked payment.");
            });
        } finally {
            ClockUtil.reset();
            SecurityContextHolder.setContext(previous);
        }
        log.info("Demo run: created {} complaints", created);
    }

    private int tell(Runnable story) {
        try {
            story.run();
            return 1;
        } catch (RuntimeException e) {
            // A story the rules no longer allow (edited tables) must not stop the app.
            log.warn("Demo run: complaint left out: {}", e.getMessage());
            return 0;
        }
    }

    private void quickAndConfirmed(long customerId, Instant start) {
        at(start);
        long id = register(customerId, ComplaintCategory.DELIVERY, ComplaintSeverity.NORMAL, ComplaintChannel.PHONE,
                "Delivery arrived two days late and without the delivery note.");
        at(start.plus(Duration.ofHours(1)));
        complaints.take(id);
        at(start.plus(Duration.ofHours(6)));
        ComplaintDetails resolved = complaints.resolve(id, new ResolutionForm(
                "Sent the delivery note by e-mail and a 5 % voucher for the next order.",
                "Carrier changed the route without telling us", null));
        at(start.plus(Duration.ofHours(26)));
        complaints.confirm(id, new ConfirmationForm(true, "Happy with the voucher.", resolved.summary().version()));
    }

    private void lateAfterEscalation(long customerId, Instant start) {
        at(start);
        long id = register(customerId, ComplaintCategory.PRODUCT_QUALITY, ComplaintSeverity.HIGH,
                ComplaintChannel.EMAIL, "Three units stopped working within the first week.");
        at(start.plus(Duration.ofHours(25)));
        String process = records.findById(id).orElseThrow().getProcessInstanceId();
        for (Job timer : management.createJobQuery().processInstanceId(process).timers().executable().list()) {
            management.executeJob(timer.getId());
        }
        complaints.take(id);
        at(start.plus(Duration.ofHours(40)));
        ComplaintDetails resolved = complaints.resolve(id, new ResolutionForm(
                "Replaced the three units on site; the faulty batch was recalled.",
                "Defective capacitor batch from a supplier", null));
        at(start.plus(Duration.ofHours(50)));
        complaints.confirm(id, new ConfirmationForm(true, null, resolved.summary().version()));
    }

    private void reopened(long customerId, Instant start) {
        at(start);
        long id = register(customerId, ComplaintCategory.SERVICE, ComplaintSeverity.NORMAL, ComplaintChannel.WECHAT,
                "The installer left without training the staff as agreed.");
        at(start.plus(Duration.ofHours(3)));
        complaints.take(id);
        at(start.plus(Duration.ofHours(20)));
        ComplaintDetails resolved = complaints.resolve(id, new ResolutionForm(
                "Sent the training video and the manual.", "Installer schedule too tight", null));
        at(start.plus(Duration.ofHours(30)));
        complaints.confirm(id, new ConfirmationForm(false, "They want the training on site, as agreed.",
                resolved.summary().version()));
    }

    private long register(long customerId, ComplaintCategory category, ComplaintSeverity severity,
            ComplaintChannel channel, String description) {
        signIn("service");
        return complaints.register(new ComplaintForm(customerId, category, severity, channel, description, null,
                null));
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
