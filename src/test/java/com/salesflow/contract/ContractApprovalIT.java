package com.salesflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.customer.CreditRating;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.support.IntegrationTest;
import com.salesflow.task.Tasks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of {@code contract-approval} with the real engine, decision tables, users and database: a clean
 * approval to fulfilment (partial delivery, partial and replayed payments), finance review for an unrated customer,
 * prepayment for a risk customer, legal review of deviating terms with a send-back and an amendment, rejection,
 * amendment during approval, an overdue instalment escalated with the clock moved, and cancellation.
 */
@IntegrationTest
@RecordApplicationEvents
class ContractApprovalIT {

    @Autowired
    ContractFixtures fixtures;
    @Autowired
    Contracts contracts;
    @Autowired
    Tasks tasks;
    @Autowired
    TaskService engineTasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;
    @Autowired
    Opportunities opportunities;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void reset() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_rated_customer_within_its_limit_goes_from_the_accepted_quote_to_a_fulfilled_contract() {
        long customer = fixtures.customer(CreditRating.A);
        QuoteDetails quote = fixtures.acceptedQuote(customer, 10, null);
        ContractDetails contract = fixtures.contractOf(quote);

        assertThat(contract.summary().number()).matches("HT-\\d{4}-\\d{5}");
        assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(contract.summary().total()).isEqualByComparingTo(quote.totals().total())
                .isEqualByComparingTo("11300.00");
        assertThat(contract.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("10"));
        assertThat(contract.instalments()).singleElement().satisfies(i -> {
            assertThat(i.amount()).isEqualByComparingTo("11300.00");
            assertThat(i.status()).isEqualTo(InstalmentStatus.PLANNED);
        });
        assertThat(contract.waitingAt()).isEqualTo("prepare-contract");
        assertThat(opportunities.find(quote.summary().opportunityId()).orElseThrow().stage())
                .isNotEqualTo(OpportunityStage.WON);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(contract.summary().number())
                .count()).isEqualTo(1);

        contract = contracts.submit(contract.id(), contract.version());
        assertThat(contract.status()).isEqualTo(ContractStatus.IN_APPROVAL);
        assertThat(contract.creditDecision()).isEqualTo(CreditDecision.APPROVE);
        assertThat(contract.approverLevel()).isEqualTo(ApprovalStep.SUPERVISOR);
        Task approval = task(contract, "approve-supervisor");
        assertThat(approval.getAssignee()).isEqualTo("supervisor");

        decide("supervisor", approval, "APPROVE", null);
        contract = reread(contract);
        assertThat(contract.status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(contract.waitingAt()).isEqualTo("sign-contract");

        contract = contracts.sign(contract.id(), LocalDate.now(), ContractFixtures.pdf(), contract.version());
        assertThat(contract.status()).isEqualTo(ContractStatus.SIGNED);
        assertThat(contract.order()).isNotNull();
        assertThat(contract.order().number()).matches("DD-\\d{4}-\\d{5}");
        assertThat(contract.instalments()).extracting(Instalment::status).containsExactly(InstalmentStatus.OPEN);
        assertThat(contracts.signedCopy(contract.id()).contentType()).isEqualTo("application/pdf");
        assertThat(opportunities.find(quote.summary().opportunityId()).orElseThrow().stage())
                .isEqualTo(OpportunityStage.WON);

        long contractId = contract.id();
        assertThatThrownBy(() -> contracts.recordDelivery(contractId, DeliveryForm.of(LocalDate.now(), 1,
                new BigDecimal("11")))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("contract.overDelivery"));
        contract = contracts.recordDelivery(contractId, DeliveryForm.of(LocalDate.now(), 1, new BigDecimal("4")));
        assertThat(contract.order().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(contract.lines().get(0).remaining()).isEqualByComparingTo("6");
        assertThat(events.stream(OrderDelivered.class)).isEmpty();
        contract = contracts.recordDelivery(contractId, DeliveryForm.of(LocalDate.now(), 1, new BigDecimal("6")));
        assertThat(contract.order().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(events.stream(OrderDelivered.class)).singleElement()
                .satisfies(e -> assertThat(e.contractId()).isEqualTo(contractId));

        long instalment = contract.instalments().get(0).id();
        fixtures.signIn("finance");
        assertThatThrownBy(() -> contracts.recordPayment(contractId, new PaymentForm(instalment,
                new BigDecimal("11300.01"), LocalDate.now(), "BANK-" + contractId + "-X", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("contract.overpayment"));
        PaymentForm first = new PaymentForm(instalment, new BigDecimal("5000.00"), LocalDate.now(),
                "BANK-" + contractId + "-1", "first half");
        contracts.recordPayment(contractId, first);
        contract = contracts.recordPayment(contractId, first);
        assertThat(contract.payments()).as("the same reference again records nothing").hasSize(1);
        assertThat(contract.summary().outstanding()).isEqualByComparingTo("6300.00");
        assertThatThrownBy(() -> contracts.recordPayment(contractId, new PaymentForm(instalment,
                new BigDecimal("10.00"), LocalDate.now(), "BANK-" + contractId + "-1", null)))
                .isInstanceOf(ConflictException.class);
        contract = contracts.recordPayment(contractId, new PaymentForm(instalment, new BigDecimal("6300.00"),
                LocalDate.now(), "BANK-" + contractId + "-2", null));

        assertThat(contract.status()).isEqualTo(ContractStatus.FULFILLED);
        assertThat(contract.summary().outstanding()).isEqualByComparingTo("0");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(contract.summary()
                .number()).singleResult().getEndActivityId()).isEqualTo("fulfilled");
        assertThat(contract.trail()).extracting(ContractTrailEntry::action).containsSubsequence(ContractAction.DRAFTED,
                ContractAction.SUBMITTED, ContractAction.CREDIT_CHECKED, ContractAction.APPROVED,
                ContractAction.SIGNED, ContractAction.ORDER_CREATED, ContractAction.DELIVERED,
                ContractAction.DELIVERED, ContractAction.PAYMENT_RECEIVED, ContractAction.PAYMENT_RECEIVED,
                ContractAction.FULFILLED);
    }

    @Test
    void an_unrated_customer_needs_finance_and_nobody_approves_their_own_contract() {
        QuoteDetails quote = fixtures.acceptedQuote(fixtures.customer(null), 2, null);
        ContractDetails contract = submit(fixtures.contractOf(quote));

        assertThat(contract.creditDecision()).isEqualTo(CreditDecision.FINANCE_REVIEW);
        Task review = task(contract, "finance-review");
        fixtures.signIn("sales1");
        assertThatThrownBy(() -> tasks.claim(review.getId())).isInstanceOf(RuntimeException.class);
        decide("finance", review, "APPROVE", "Known customer, pays on time");
        assertThat(task(contract, "approve-supervisor")).isNotNull();
        assertThat(reread(contract).trail()).anySatisfy(t -> {
            assertThat(t.action()).isEqualTo(ContractAction.APPROVED);
            assertThat(t.level()).isEqualTo(ApprovalStep.FINANCE);
            assertThat(t.actor()).isEqualTo("finance");
        });
    }

    @Test
    void a_risk_customer_pays_half_in_advance_before_anything_is_delivered() {
        QuoteDetails quote = fixtures.acceptedQuote(fixtures.customer(CreditRating.D), 3, null);
        ContractDetails contract = submit(fixtures.contractOf(quote));

        assertThat(contract.creditDecision()).isEqualTo(CreditDecision.PREPAYMENT);
        assertThat(contract.prepaymentPercent()).isEqualByComparingTo("50");
        assertThat(contract.instalments()).extracting(Instalment::amount, Instalment::prepayment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("1695.00"), true),
                        org.assertj.core.groups.Tuple.tuple(new BigDecimal("1695.00"), false));
        decide("supervisor", task(contract, "approve-supervisor"), "APPROVE", null);
        contract = signed(contract);

        long id = contract.id();
        assertThatThrownBy(() -> contracts.recordDelivery(id, DeliveryForm.of(LocalDate.now(), 1, BigDecimal.ONE)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.getMessage()).contains("prepayment"));
        contracts.recordPayment(id, new PaymentForm(contract.instalments().get(0).id(), new BigDecimal("1695.00"),
                LocalDate.now(), "PRE-" + id, null));
        contract = contracts.recordDelivery(id, DeliveryForm.of(LocalDate.now(), 1, BigDecimal.ONE));
        assertThat(contract.lines().get(0).delivered()).isEqualByComparingTo("1");
    }

    @Test
    void deviating_terms_go_to_legal_who_sends_them_back_and_the_amended_version_is_approved_again() {
        QuoteDetails quote = fixtures.acceptedQuote(fixtures.customer(CreditRating.A), 5, null);
        ContractDetails contract = fixtures.contractOf(quote);
        assertThatThrownBy(() -> contracts.update(contract.id(), new ContractForm(null, null,
                Set.of(DeviationType.LIABILITY), " ", null, null, contract.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("deviationNote"));
        ContractDetails deviating = contracts.update(contract.id(), new ContractForm(45, "Special terms",
                Set.of(DeviationType.LIABILITY, DeviationType.PENALTY), "Liability capped at the contract value",
                null, null, contract.version()));
        assertThat(deviating.summary().versionNo()).as("a draft's edits are no amendment").isEqualTo(1);
        deviating = submit(deviating);

        Task legal = task(deviating, "legal-review");
        assertThatThrownBy(() -> decide("legal", legal, "SEND_BACK", " "))
                .isInstanceOf(InvalidInputException.class);
        decide("legal", task(deviating, "legal-review"), "SEND_BACK", "Cap the penalty at 5 %");
        ContractDetails sentBack = reread(deviating);
        assertThat(sentBack.status()).isEqualTo(ContractStatus.SENT_BACK);
        assertThat(sentBack.waitingAt()).isEqualTo("prepare-contract");

        long id = sentBack.id();
        long version = sentBack.version();
        assertThatThrownBy(() -> contracts.update(id, new ContractForm(45, "Special terms",
                Set.of(DeviationType.PENALTY), "Penalty capped at 5 %", null, null, version)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("amendmentReason"));
        ContractDetails amended = contracts.update(id, new ContractForm(45, "Special terms",
                Set.of(DeviationType.PENALTY), "Penalty capped at 5 %",
                List.of(new ContractForm.LineChange(1, new BigDecimal("3"), new BigDecimal("333.35"))),
                "Legal's remarks", version));
        assertThat(amended.summary().versionNo()).isEqualTo(2);
        // 3 × 333.35 = 1000.05 net; 13 % VAT is 130.0065, half up to the cent 130.01: 1130.06.
        assertThat(amended.summary().total()).isEqualByComparingTo("1130.06");
        assertThat(amended.instalments()).singleElement()
                .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("1130.06"));
        amended = submit(amended);
        decide("legal", task(amended, "legal-review"), "APPROVE", null);
        decide("supervisor", task(amended, "approve-supervisor"), "APPROVE", null);
        assertThat(reread(amended).status()).isEqualTo(ContractStatus.APPROVED);
        assertThat(reread(amended).trail()).filteredOn(t -> t.action() == ContractAction.APPROVED)
                .extracting(ContractTrailEntry::versionNo).containsExactly(2, 2);
    }

    @Test
    void an_amendment_while_in_approval_pulls_it_back_and_a_rejection_ends_it_and_loses_the_deal() {
        QuoteDetails quote = fixtures.acceptedQuote(fixtures.customer(CreditRating.A), 2, null);
        ContractDetails contract = submit(fixtures.contractOf(quote));
        assertThat(task(contract, "approve-supervisor")).isNotNull();

        ContractDetails amended = contracts.update(contract.id(), new ContractForm(30, null, Set.of(), null,
                null, "Customer asks for 30 days", contract.version()));
        assertThat(amended.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(amended.waitingAt()).isEqualTo("prepare-contract");
        assertThat(task(amended, "approve-supervisor")).isNull();

        amended = submit(amended);
        Task approval = task(amended, "approve-supervisor");
        assertThatThrownBy(() -> decide("supervisor", approval, "REJECT", null))
                .isInstanceOf(InvalidInputException.class);
        decide("supervisor", task(amended, "approve-supervisor"), "REJECT", "Margin too thin for 30 days");
        ContractDetails rejected = reread(amended);
        assertThat(rejected.status()).isEqualTo(ContractStatus.REJECTED);
        assertThat(rejected.instalments()).extracting(Instalment::status).containsOnly(InstalmentStatus.CANCELLED);
        assertThat(opportunities.find(quote.summary().opportunityId()).orElseThrow().stage())
                .isEqualTo(OpportunityStage.LOST);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(rejected.summary().number())
                .count()).isZero();
    }

    @Test
    void a_large_contract_is_approved_by_a_director() {
        QuoteDetails quote = fixtures.acceptedQuote(fixtures.customer(CreditRating.A), 450, 30);
        ContractDetails contract = submit(fixtures.contractOf(quote));
        assertThat(contract.summary().total()).isEqualByComparingTo("508500.00");
        assertThat(contract.creditDecision()).as("over the A limit of 500,000")
                .isEqualTo(CreditDecision.FINANCE_REVIEW);
        decide("finance", task(contract, "finance-review"), "APPROVE", "Long-standing customer");
        assertThat(reread(contract).approverLevel()).isEqualTo(ApprovalStep.DIRECTOR);
        Task director = task(contract, "approve-director");
        assertThat(engineTasks.getIdentityLinksForTask(director.getId())).extracting(l -> l.getGroupId())
                .contains("directors");
        decide("director", director, "APPROVE", null);
        assertThat(reread(contract).status()).isEqualTo(ContractStatus.APPROVED);
    }

    @Test
    void an_overdue_instalment_raises_a_follow_up_and_escalates_when_the_clock_moves_on() {
        QuoteDetails quote = fixtures.acceptedQuote(fixtures.customer(CreditRating.A), 1, null);
        ContractDetails contract = fixtures.contractOf(quote);
        LocalDate due = LocalDate.now().plusDays(10);
        contract = contracts.savePlan(contract.id(), new PaymentPlanForm(List.of(
                new PaymentPlanForm.Item(due, new BigDecimal("565.00"), false),
                new PaymentPlanForm.Item(due.plusDays(30), new BigDecimal("565.00"), false)), contract.version()));
        contract = submit(contract);
        decide("supervisor", task(contract, "approve-supervisor"), "APPROVE", null);
        contract = signed(contract);
        String process = processOf(contract);

        assertThat(executableTimers(process)).isEmpty();
        ClockUtil.setCurrentTime(Date.from(due.plusDays(2).atStartOfDay(java.time.ZoneId.systemDefault())
                .toInstant()));
        List<Job> overdue = executableTimers(process);
        assertThat(overdue).hasSize(1);
        management.executeJob(overdue.get(0).getId());
        Task followUp = task(contract, "follow-up-payment");
        assertThat(engineTasks.getIdentityLinksForTask(followUp.getId())).extracting(l -> l.getUserId() != null
                ? l.getUserId() : l.getGroupId()).contains("sales1", "finance");

        ClockUtil.setCurrentTime(Date.from(due.plusDays(20).atStartOfDay(java.time.ZoneId.systemDefault())
                .toInstant()));
        List<Job> escalation = executableTimers(process);
        assertThat(escalation).hasSize(1);
        management.executeJob(escalation.get(0).getId());
        Task escalated = task(contract, "overdue-payment-escalated");
        assertThat(engineTasks.getIdentityLinksForTask(escalated.getId())).extracting(l -> l.getUserId() != null
                ? l.getUserId() : l.getGroupId()).contains("supervisor", "finance", "directors");
        assertThat(reread(contract).trail()).extracting(ContractTrailEntry::action)
                .contains(ContractAction.OVERDUE, ContractAction.ESCALATED);

        fixtures.signIn("finance");
        contracts.recordPayment(contract.id(), new PaymentForm(contract.instalments().get(0).id(),
                new BigDecimal("565.00"), LocalDate.now(), "LATE-" + contract.id(), null));
        assertThat(engineTasks.createTaskQuery().processInstanceId(process).list())
                .as("the paid instalment's follow-up and escalation end with it").isEmpty();
    }

    @Test
    void a_cancellation_needs_a_reason_and_ends_the_process() {
        QuoteDetails quote = fixtures.acceptedQuote(fixtures.customer(CreditRating.A), 1, null);
        ContractDetails contract = submit(fixtures.contractOf(quote));
        long id = contract.id();
        long version = contract.version();
        assertThatThrownBy(() -> contracts.cancel(id, new CancelForm(CancelReason.OTHER, null, version)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("note"));
        fixtures.signIn("sales3");
        assertThatThrownBy(() -> contracts.cancel(id, new CancelForm(CancelReason.CUSTOMER_WITHDREW, null,
                version))).isInstanceOf(com.salesflow.shared.NotFoundException.class);
        fixtures.signIn("sales1");
        ContractDetails cancelled = contracts.cancel(id, new CancelForm(CancelReason.CUSTOMER_WITHDREW,
                "Budget frozen", version));
        assertThat(cancelled.status()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo(CancelReason.CUSTOMER_WITHDREW);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(history
                .createHistoricProcessInstanceQuery().processInstanceBusinessKey(cancelled.summary().number())
                .singleResult().getId()).activityId("contract-cancelled").finished().count()).isEqualTo(1);
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(cancelled.summary().number()).count())
                .isZero();
    }

    @Test
    void a_payment_plan_must_add_up_to_the_total_to_the_cent() {
        ContractDetails contract = fixtures.contractOf(fixtures.acceptedQuote(fixtures.customer(CreditRating.A),
                1, null));
        LocalDate day = LocalDate.now().plusDays(30);
        // 1130.00 in three: 376.67 + 376.67 + 376.67 = 1130.01.
        assertThatThrownBy(() -> contracts.savePlan(contract.id(), new PaymentPlanForm(List.of(
                new PaymentPlanForm.Item(day, new BigDecimal("376.67"), false),
                new PaymentPlanForm.Item(day, new BigDecimal("376.67"), false),
                new PaymentPlanForm.Item(day, new BigDecimal("376.67"), false)), contract.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).code()).isEqualTo("contract.planSum"));
        assertThat(reread(contract).instalments()).as("nothing changed").hasSize(1);
        ContractDetails split = contracts.savePlan(contract.id(), new PaymentPlanForm(List.of(
                new PaymentPlanForm.Item(day, new BigDecimal("376.67"), false),
                new PaymentPlanForm.Item(day, new BigDecimal("376.67"), false),
                new PaymentPlanForm.Item(day, new BigDecimal("376.66"), false)), contract.version()));
        assertThat(split.instalments()).hasSize(3);
        assertThatThrownBy(() -> contracts.savePlan(contract.id(), new PaymentPlanForm(List.of(
                new PaymentPlanForm.Item(day, new BigDecimal("1130.00"), false)), contract.version())))
                .as("stale").isInstanceOf(ConflictException.class);
    }

    private ContractDetails submit(ContractDetails contract) {
        fixtures.signIn("sales1");
        return contracts.submit(contract.id(), contract.version());
    }

    private ContractDetails signed(ContractDetails contract) {
        fixtures.signIn("sales1");
        ContractDetails current = contracts.get(contract.id());
        return contracts.sign(current.id(), LocalDate.now(), ContractFixtures.pdf(), current.version());
    }

    private ContractDetails reread(ContractDetails contract) {
        fixtures.signIn("sales1");
        return contracts.get(contract.id());
    }

    private String processOf(ContractDetails contract) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(contract.summary().number())
                .singleResult().getId();
    }

    private Task task(ContractDetails contract, String key) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(contract.summary().number())
                .taskDefinitionKey(key).singleResult();
    }

    private List<Job> executableTimers(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().executable().list();
    }

    private void decide(String user, Task task, String decision, String comment) {
        fixtures.signIn(user);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId());
        }
        Map<String, Object> values = new HashMap<>();
        values.put("decision", decision);
        values.put("comment", comment);
        tasks.complete(task.getId(), values);
    }
}
