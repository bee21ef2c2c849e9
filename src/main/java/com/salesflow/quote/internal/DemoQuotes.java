package com.salesflow.quote.internal;

import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityFilter;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.product.Catalogue;
import com.salesflow.product.PriceListItem;
import com.salesflow.product.PriceListSummary;
import com.salesflow.product.PriceLists;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.QuoteForm;
import com.salesflow.quote.QuoteLineForm;
import com.salesflow.quote.SendForm;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * Quotes for the demo run, after the pipeline, made through the quote service and process as the people would:
 * quotes waiting for the supervisor (sales1, sales3), one the supervisor approved that waits for the director, one
 * with long payment terms for finance, one sent back for changes, one approved and sent to the customer, and a
 * draft. So supervisor, supervisor2, director and finance find approvals in their task lists. Created once.
 */
@Component
@Order(140)
class DemoQuotes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoQuotes.class);

    /** What becomes of a demo quote. */
    private enum Fate { DRAFT, PENDING, SUPERVISOR_APPROVED, SENT_BACK, SENT }

    private record Demo(String owner, OpportunityStage stage, int nth, int discount, int paymentDays, Fate fate) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("sales1", OpportunityStage.PROPOSAL, 0, 15, 30, Fate.PENDING),
            new Demo("sales1", OpportunityStage.PROPOSAL, 1, 25, 30, Fate.SUPERVISOR_APPROVED),
            new Demo("sales1", OpportunityStage.NEGOTIATION, 0, 5, 30, Fate.SENT),
            new Demo("sales2", OpportunityStage.PROPOSAL, 0, 8, 30, Fate.DRAFT),
            new Demo("sales2", OpportunityStage.NEGOTIATION, 0, 0, 60, Fate.PENDING),
            new Demo("sales3", OpportunityStage.PROPOSAL, 0, 12, 30, Fate.PENDING),
            new Demo("sales3", OpportunityStage.NEGOTIATION, 0, 18, 30, Fate.SENT_BACK));

    private final QuoteRepository quotes;
    private final com.salesflow.quote.Quotes service;
    private final Opportunities opportunities;
    private final Catalogue catalogue;
    private final PriceLists priceLists;
    private final UserDetailsService users;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Clock clock;
    private final boolean demo;

    DemoQuotes(QuoteRepository quotes, com.salesflow.quote.Quotes service, Opportunities opportunities,
            Catalogue catalogue, PriceLists priceLists, UserDetailsService users, TaskService tasks,
            IdentityService identity, Clock clock, @Value("${salesflow.demo.enabled:false}") boolean demo) {
        this.quotes = quotes;
        this.service = service;
        this.opportunities = opportunities;
        this.catalogue = catalogue;
        this.priceLists = priceLists;
        this.users = users;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || quotes.count() > 0) {
            return;
        }
        var previous = SecurityContextHolder.getContext();
        int created = 0;
        try {
            List<PriceListSummary> lists = catalogue.validPriceLists(LocalDate.now(clock)).stream()
                    .filter(list -> "CNY".equals(list.currency())).toList();
            if (lists.isEmpty()) {
                return;
            }
            long priceListId = lists.get(lists.size() - 1).id();
            signIn("admin");
            List<PriceListItem> items = priceLists.get(priceListId).items().stream()
                    .filter(PriceListItem::productActive).toList();
            if (items.size() < 3) {
                return;
            }
            for (int i = 0; i < DEMOS.size(); i++) {
                try {
                    if (quote(DEMOS.get(i), i, priceListId, items)) {
                        created++;
                    }
                } catch (RuntimeException e) {
                    // A demo quote the rules do not allow (edited demo data, changed tables) must not stop the app.
                    log.warn("Demo run: quote {} left out: {}", i + 1, e.getMessage());
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Demo run: created {} quotes", created);
    }

    private boolean quote(Demo demo, int index, long priceListId, List<PriceListItem> items) {
        signIn(demo.owner());
        List<OpportunitySummary> candidates = opportunities.list(new OpportunityFilter(null,
                Set.of(demo.stage()), demo.owner(), null, null, null, null, false, null),
                PageRequest.of(0, 5)).getContent();
        if (candidates.size() <= demo.nth()) {
            return false;
        }
        OpportunitySummary opportunity = candidates.get(demo.nth());
        List<QuoteLineForm> lines = new ArrayList<>();
        for (int line = 0; line < 3; line++) {
            PriceListItem item = items.get((index * 3 + line) % items.size());
            // The largest discount on the first line; the others a little less.
            lines.add(new QuoteLineForm(item.productId(), BigDecimal.valueOf(2 + (index + line) % 5 * 3L),
                    BigDecimal.valueOf(Math.max(0, demo.discount() - line * 3L))));
        }
        QuoteDetails draft = service.create(new QuoteForm(opportunity.id(), priceListId, lines, null, null,
                demo.paymentDays(), "Delivery within 4 weeks after order; prices include packaging.", null, null));
        if (demo.fate() == Fate.DRAFT) {
            return true;
        }
        QuoteDetails quote = service.submit(draft.id(), draft.summary().version());
        switch (demo.fate()) {
            case SUPERVISOR_APPROVED -> decide(quote, "approve-supervisor", "APPROVE", "Strategic customer, agreed.");
            case SENT_BACK -> decide(quote, "approve-supervisor", "SEND_BACK",
                    "Keep the line discounts at 10 % or below and offer free delivery instead.");
            case SENT -> {
                approveAll(quote);
                signIn(demo.owner());
                service.send(quote.id(), new SendForm(SendForm.SendMethod.HANDED, null, "Handed over at the visit"));
            }
            default -> { }
        }
        return true;
    }

    /** Whatever the table asked for, each approver agrees (a director or finance person takes offered steps). */
    private void approveAll(QuoteDetails quote) {
        String processInstanceId = quotes.findById(quote.id()).orElseThrow().getProcessInstanceId();
        for (int step = 0; step < 3; step++) {
            Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKeyLike("approve-%")
                    .singleResult();
            if (task == null) {
                return;
            }
            String approver = task.getAssignee() != null ? task.getAssignee()
                    : "approve-finance".equals(task.getTaskDefinitionKey()) ? "finance" : "director";
            try {
                identity.setAuthenticatedUserId(approver);
                if (task.getAssignee() == null) {
                    tasks.claim(task.getId(), approver);
                }
                tasks.complete(task.getId(), Map.of("decision", "APPROVE"));
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    private void decide(QuoteDetails quote, String taskKey, String decision, String comment) {
        String processInstanceId = quotes.findById(quote.id()).orElseThrow().getProcessInstanceId();
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        if (task == null || task.getAssignee() == null) {
            return;
        }
        try {
            identity.setAuthenticatedUserId(task.getAssignee());
            tasks.complete(task.getId(), Map.of("decision", decision, "comment", comment));
        } finally {
            identity.clearAuthentication();
        }
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
