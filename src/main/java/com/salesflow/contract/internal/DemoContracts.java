package com.salesflow.contract.internal;

import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.ContractForm;
import com.salesflow.contract.ContractLine;
import com.salesflow.contract.Contracts;
import com.salesflow.contract.CreditDecision;
import com.salesflow.contract.Delivery;
import com.salesflow.contract.DeliveryForm;
import com.salesflow.contract.DeviationType;
import com.salesflow.contract.Instalment;
import com.salesflow.contract.PaymentForm;
import com.salesflow.contract.PaymentPlanForm;
import com.salesflow.contract.SignedCopy;
import com.salesflow.opportunity.NewOpportunity;
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
import com.salesflow.quote.Quotes;
import com.salesflow.quote.SendForm;
import com.salesflow.task.Tasks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contracts for the demo run, after the quotes: each begins as a quote the customer accepted, and goes as far as its
 * story through the services and the process, as the people would take it. One draft and one waiting for approval
 * (sales3), one with deviating terms at legal (sales2), one approved and waiting for signing (sales1), and three
 * signed weeks ago: one fulfilled (sales2), one delivered and half paid (sales3), one partly delivered with two
 * instalments overdue (sales1), so that finance finds receivables in every aging bucket and follow-up tasks. Created
 * once, when there are no contracts.
 */
@Component
@Order(150)
class DemoContracts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContracts.class);
    /** Approval steps of {@code quote-approval} and {@code contract-approval}. */
    private static final Set<String> APPROVALS = Set.of("approve-finance", "finance-review", "legal-review",
            "approve-supervisor", "approve-director");

    /** How far a demo contract has come. */
    private enum Stage { DRAFT, SUBMITTED, AT_LEGAL, APPROVED, SIGNED }

    /** An instalment: due so many days from today (negative: in the past), a share of the total, paid or not. */
    private record Part(int dueIn, int percent, Integer paidDaysAgo) {
    }

    private record Story(String owner, Stage stage, int signedDaysAgo, List<Part> plan, Integer deliveredDaysAgo,
            boolean deliveredInFull) {

        static Story upTo(String owner, Stage stage) {
            return new Story(owner, stage, 0, List.of(), null, false);
        }
    }

    private static final List<Story> STORIES = List.of(
            Story.upTo("sales3", Stage.DRAFT),
            Story.upTo("sales3", Stage.SUBMITTED),
            Story.upTo("sales2", Stage.AT_LEGAL),
            Story.upTo("sales1", Stage.APPROVED),
            new Story("sales2", Stage.SIGNED, 45, List.of(new Part(-35, 50, 34), new Part(-5, 50, 6)), 30, true),
            new Story("sales3", Stage.SIGNED, 20, List.of(new Part(-10, 50, 11), new Part(25, 50, null)), 3, true),
            new Story("sales1", Stage.SIGNED, 75, List.of(new Part(-65, 30, 66), new Part(-40, 40, null),
                    new Part(-10, 30, null)), 60, false));

    private final Contracts contracts;
    private final ContractRepository records;
    private final ContractTrailRepository trail;
    private final Quotes quotes;
    private final Opportunities opportunities;
    private final Catalogue catalogue;
    private final PriceLists priceLists;
    private final Tasks tasks;
    private final TaskService engineTasks;
    private final UserDetailsService users;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean demo;
    private final Set<Long> usedOpportunities = new HashSet<>();

    DemoContracts(Contracts contracts, ContractRepository records, ContractTrailRepository trail, Quotes quotes,
            Opportunities opportunities, Catalogue catalogue, PriceLists priceLists, Tasks tasks,
            TaskService engineTasks, UserDetailsService users, TransactionTemplate transaction, Clock clock,
            @Value("${salesflow.demo.enabled:false}") boolean demo) {
        this.contracts = contracts;
        this.records = records;
        this.trail = trail;
        this.quotes = quotes;
        this.opportunities = opportunities;
        this.catalogue = catalogue;
        this.priceLists = priceLists;
        this.tasks = tasks;
        this.engineTasks = engineTasks;
        this.users = users;
        this.transaction = transaction;
        this.clock = clock;
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
            Optional<Long> priceListId = catalogue.validPriceLists(today()).stream()
                    .filter(list -> "CNY".equals(list.currency()))
                    .reduce((first, second) -> second)
                    .map(PriceListSummary::id);
            List<PriceListItem> items = priceListId.map(id -> priceLists.get(id).items().stream()
                    .filter(PriceListItem::productActive).toList()).orElse(List.of());
            if (items.size() < 2) {
                return;
            }
            for (int i = 0; i < STORIES.size(); i++) {
                try {
                    tell(STORIES.get(i), i, priceListId.get(), items);
                    created++;
                } catch (RuntimeException e) {
                    // A story the rules no longer allow (edited tables, demo data) must not stop the app.
                    log.warn("Demo run: contract {} left out: {}", i + 1, e.getMessage());
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Demo run: created {} contracts", created);
    }

    private void tell(Story story, int index, long priceListId, List<PriceListItem> items) {
        signIn(story.owner());
        ContractDetails contract = contractFromAcceptedQuote(story.owner(), index, priceListId, items);
        long id = contract.id();
        if (story.stage() == Stage.DRAFT) {
            return;
        }
        if (story.stage() == Stage.AT_LEGAL) {
            contract = contracts.update(id, new ContractForm(60, contract.terms(),
                    EnumSet.of(DeviationType.PAYMENT_TERMS, DeviationType.WARRANTY),
                    "The customer asks for 60 days to pay and a 24-month warranty instead of 12.", null, null,
                    contract.version()));
        }
        if (!story.plan().isEmpty()) {
            contract = contracts.savePlan(id, plan(story, contract));
        }
        contract = contracts.submit(id, contract.version());
        if (story.stage() == Stage.SUBMITTED) {
            return;
        }
        approve(contract.summary().number(), story.stage() == Stage.AT_LEGAL ? "legal-review" : null);
        if (story.stage() != Stage.SIGNED) {
            return;
        }
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(lastTrailId(id), story.signedDaysAgo() + 3));
        signIn(story.owner());
        contract = contracts.get(id);
        LocalDate signedOn = today().minusDays(story.signedDaysAgo());
        contract = contracts.sign(id, signedOn, scannedCopy(contract.summary().number()), contract.version());
        marks.add(new Mark(lastTrailId(id), story.signedDaysAgo()));
        signIn("finance");
        for (int i = 0; i < story.plan().size(); i++) {
            Integer paidDaysAgo = story.plan().get(i).paidDaysAgo();
            if (paidDaysAgo != null) {
                Instalment instalment = contract.instalments().get(i);
                contract = contracts.recordPayment(id, new PaymentForm(instalment.id(), instalment.open(),
                        today().minusDays(paidDaysAgo), "BANK-" + contract.summary().number().substring(3) + "-" + (i + 1),
                        "Bank transfer"));
                marks.add(new Mark(lastTrailId(id), paidDaysAgo));
            }
        }
        if (story.deliveredDaysAgo() != null) {
            signIn(story.owner());
            contracts.recordDelivery(id, new DeliveryForm(today().minusDays(story.deliveredDaysAgo()),
                    shipment(contract.lines(), story.deliveredInFull()),
                    story.deliveredInFull() ? "Delivered and installed" : "First shipment; the rest is back-ordered"));
            marks.add(new Mark(lastTrailId(id), story.deliveredDaysAgo()));
        }
        movedBack(id, marks, story.signedDaysAgo());
    }

    private ContractDetails contractFromAcceptedQuote(String owner, int index, long priceListId,
            List<PriceListItem> items) {
        long opportunityId = freeOpportunity(owner);
        List<QuoteLineForm> lines = new ArrayList<>();
        for (int line = 0; line < 2; line++) {
            PriceListItem item = items.get((index * 2 + line + 5) % items.size());
            lines.add(new QuoteLineForm(item.productId(), BigDecimal.valueOf(2 + (index * 3 + line) % 7),
                    BigDecimal.ZERO));
        }
        QuoteDetails quote = quotes.create(new QuoteForm(opportunityId, priceListId, lines, null, null, 30,
                "Delivery within 4 weeks after order; prices include packaging.", null, null));
        quote = quotes.submit(quote.id(), quote.summary().version());
        // A large quote or a grade the table watches waits for approvers: they agree.
        approve(quote.summary().number(), null);
        signIn(owner);
        quotes.send(quote.id(), new SendForm(SendForm.SendMethod.HANDED, null, "Handed over at the visit"));
        quote = quotes.accept(quote.id());
        return contracts.get(contracts.ofQuote(quote.id()).orElseThrow().id());
    }

    /** An opportunity of the owner in negotiation or proposal that has no quote yet, else a repeat order. */
    private long freeOpportunity(String owner) {
        List<OpportunitySummary> open = opportunities.list(new OpportunityFilter(null,
                Set.of(OpportunityStage.NEGOTIATION, OpportunityStage.PROPOSAL), owner, null, null, null, null, false,
                null), PageRequest.of(0, 50)).getContent();
        Optional<OpportunitySummary> free = open.stream()
                .filter(o -> !usedOpportunities.contains(o.id()) && quotes.ofOpportunity(o.id()).isEmpty())
                .findFirst();
        if (free.isPresent()) {
            usedOpportunities.add(free.get().id());
            return free.get().id();
        }
        OpportunitySummary earlier = opportunities.list(new OpportunityFilter(null, Set.of(OpportunityStage.WON),
                owner, null, null, null, null, false, null), PageRequest.of(0, 1)).getContent().stream().findFirst()
                .orElse(open.get(0));
        return opportunities.open(new NewOpportunity(earlier.customerId(), "Repeat order " + earlier.name(), null,
                null, today().plusDays(14), owner, null)).id();
    }

    /** The story's instalments; the last takes the rest, so the plan adds up to the cent. */
    private PaymentPlanForm plan(Story story, ContractDetails contract) {
        BigDecimal total = contract.summary().total();
        BigDecimal planned = BigDecimal.ZERO;
        List<PaymentPlanForm.Item> items = new ArrayList<>();
        LocalDate today = today();
        for (int i = 0; i < story.plan().size(); i++) {
            Part part = story.plan().get(i);
            BigDecimal amount = i == story.plan().size() - 1 ? total.subtract(planned)
                    : total.multiply(BigDecimal.valueOf(part.percent())).divide(BigDecimal.valueOf(100), 2,
                            RoundingMode.HALF_UP);
            planned = planned.add(amount);
            // A credit check that asked for prepayment gets the first instalment as it.
            items.add(new PaymentPlanForm.Item(today.plusDays(part.dueIn()), amount,
                    i == 0 && contract.creditDecision() == CreditDecision.PREPAYMENT));
        }
        return new PaymentPlanForm(items, contract.version());
    }

    /** Every approver of the quote or contract agrees, until it is approved or waits at {@code stopAt}. */
    private void approve(String businessKey, String stopAt) {
        for (int step = 0; step < 6; step++) {
            Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().list().stream()
                    .filter(t -> APPROVALS.contains(t.getTaskDefinitionKey())).findFirst().orElse(null);
            if (task == null || task.getTaskDefinitionKey().equals(stopAt)) {
                return;
            }
            String approver = task.getAssignee() != null ? task.getAssignee() : switch (task.getTaskDefinitionKey()) {
                case "finance-review", "approve-finance" -> "finance";
                case "legal-review" -> "legal";
                default -> "director";
            };
            signIn(approver);
            if (task.getAssignee() == null) {
                tasks.claim(task.getId());
            }
            tasks.complete(task.getId(), Map.of("decision", "APPROVE", "comment", "Checked, agreed."));
        }
    }

    private static List<Delivery.Line> shipment(List<ContractLine> lines, boolean inFull) {
        if (inFull) {
            return lines.stream().map(l -> new Delivery.Line(l.position(), l.remaining())).toList();
        }
        ContractLine first = lines.get(0);
        BigDecimal half = first.remaining().divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).max(BigDecimal.ONE);
        return List.of(new Delivery.Line(first.position(), half));
    }

    /** The trail up to entry {@code lastTrailId} happened so many days ago. */
    private record Mark(long lastTrailId, int daysAgo) {
    }

    /**
     * The services stamp every step with today; a story that began weeks ago has its trail moved back to the days
     * it happened: drafting and approval shortly before the signing day, signing on it, payments and deliveries on
     * theirs. The engine's own history keeps the day the demo was made.
     */
    private void movedBack(long contractId, List<Mark> marks, int signedDaysAgo) {
        transaction.executeWithoutResult(status -> {
            records.findById(contractId).orElseThrow().movedBack(Duration.ofDays(signedDaysAgo + 3L),
                    Duration.ofDays(signedDaysAgo));
            for (ContractTrailRecord entry : trail.findByContractIdOrderByIdAsc(contractId)) {
                marks.stream().filter(mark -> entry.getId() <= mark.lastTrailId()).findFirst()
                        .ifPresent(mark -> entry.movedBack(Duration.ofDays(mark.daysAgo())));
            }
        });
    }

    private long lastTrailId(long contractId) {
        List<ContractTrailRecord> entries = trail.findByContractIdOrderByIdAsc(contractId);
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).getId();
    }

    /** A one-page PDF standing in for the scanned, stamped contract. */
    private static SignedCopy scannedCopy(String number) {
        return new SignedCopy(number + "-signed.pdf", "application/pdf", ("%PDF-1.4\n% Signed and stamped: " + number
                + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
