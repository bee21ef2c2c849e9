package com.salesflow.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.salesflow.opportunity.LossReason;
import com.salesflow.opportunity.NewOpportunity;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.product.PriceListForm;
import com.salesflow.product.PriceLists;
import com.salesflow.product.ProductForm;
import com.salesflow.product.Products;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.support.IntegrationTest;
import com.salesflow.task.Tasks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every path of {@code quote-approval} with the real engine, decision table, users and forms: no approval, one
 * level, two levels, finance for long payment terms, send back and resubmit as a new version, reject, customer
 * answers, expiry, the SLA reminder and escalation with the timers executed, and separation of duties. Each test
 * quotes its own opportunity of {@code sales1} (team east, supervisor {@code supervisor}), priced from its own price
 * list: list price 1000, cost 500, 13 % VAT.
 */
@IntegrationTest
class QuoteApprovalIT {

    @Autowired
    Quotes quotes;

    @Autowired
    Tasks tasks;

    @Autowired
    Opportunities opportunities;

    @Autowired
    Products products;

    @Autowired
    PriceLists priceLists;

    @Autowired
    TaskService engineTasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Autowired
    ProcessEngine engine;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private long productId;
    private long priceListId;

    @BeforeEach
    void catalogue() {
        AbstractAssertions.init(engine);
        signIn("admin");
        String code = "QT-IT-" + unique();
        ProductForm product = new ProductForm();
        product.setCode(code);
        product.setNameEn("Approval test gearbox " + code);
        product.setNameZh("审批测试减速机 " + code);
        product.setUnit("pc");
        product.setListPrice(new BigDecimal("1000.00"));
        product.setCost(new BigDecimal("500.00"));
        productId = products.create(product).id();
        PriceListForm list = new PriceListForm();
        list.setName("Quote IT " + code);
        list.setValidFrom(LocalDate.now().minusDays(1));
        priceListId = priceLists.create(list).id();
        priceLists.addItem(priceListId, productId, new BigDecimal("1000.00"));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        AbstractAssertions.reset();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static String unique() {
        return Long.toString(System.nanoTime()).substring(6);
    }

    /** A fresh opportunity of sales1 at a customer that is not a risk customer. */
    private long opportunity() {
        long customerId = jdbc.queryForObject("select min(id) from sf_customer where owner = 'sales1' and "
                + "(grade is null or grade <> 'RISK')", Long.class);
        return opportunities.open(new NewOpportunity(customerId, "Quoted gearboxes " + unique(),
                new BigDecimal("10000"), null, null, "sales1", null)).id();
    }

    private QuoteForm form(long opportunityId, String discount, Integer paymentDays) {
        return new QuoteForm(opportunityId, priceListId, List.of(new QuoteLineForm(productId, BigDecimal.TEN,
                new BigDecimal(discount))), null, null, paymentDays, "Delivery within 4 weeks.", "en", null);
    }

    /** sales1 drafts and submits a quote with one line of 10 at {@code discount} %. */
    private QuoteDetails submitted(String discount) {
        return submitted(opportunity(), discount, null);
    }

    private QuoteDetails submitted(long opportunityId, String discount, Integer paymentDays) {
        signIn("sales1");
        QuoteDetails draft = quotes.create(form(opportunityId, discount, paymentDays));
        return quotes.submit(draft.id(), draft.summary().version());
    }

    private String processOf(QuoteDetails quote) {
        return jdbc.queryForObject("select process_instance_id from sf_quote where id = ?", String.class,
                quote.id());
    }

    private Task task(QuoteDetails quote, String key) {
        return engineTasks.createTaskQuery().processInstanceId(processOf(quote)).taskDefinitionKey(key)
                .singleResult();
    }

    private void decide(String user, Task task, String decision, String comment) {
        signIn(user);
        if (task.getAssignee() == null) {
            tasks.claim(task.getId());
        }
        java.util.HashMap<String, Object> values = new java.util.HashMap<>();
        values.put("decision", decision);
        values.put("comment", comment);
        tasks.complete(task.getId(), values);
    }

    private QuoteDetails reread(QuoteDetails quote) {
        signIn("sales1");
        return quotes.get(quote.id());
    }

    @Test
    void a_quote_within_the_salespersons_limits_needs_no_approval_and_an_accepted_quote_starts_the_contract() {
        QuoteDetails quote = submitted("5");

        assertThat(quote.status()).isEqualTo(QuoteStatus.APPROVED);
        assertThat(quote.trail()).extracting(TrailEntry::action)
                .containsExactly(TrailAction.SUBMITTED, TrailAction.NO_APPROVAL_NEEDED);
        assertThat(quote.totals().net()).isEqualByComparingTo("9500.00");
        assertThat(quote.totals().tax()).isEqualByComparingTo("1235.00");
        assertThat(quote.totals().total()).isEqualByComparingTo("10735.00");
        assertThat(task(quote, "send-quote").getAssignee()).isEqualTo("sales1");

        signIn("sales1");
        assertThatThrownBy(() -> quotes.send(quote.id(), new SendForm(SendForm.SendMethod.MAIL, "buyer@x.example",
                null))).as("no mail server in the tests").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::code)
                                .containsExactly("quote.mailOff"));
        assertThat(reread(quote).status()).isEqualTo(QuoteStatus.APPROVED);
        QuoteDetails sent = quotes.send(quote.id(), new SendForm(SendForm.SendMethod.HANDED, null, "WeChat"));
        assertThat(sent.status()).isEqualTo(QuoteStatus.SENT);
        assertThat(opportunities.find(sent.summary().opportunityId()).orElseThrow().stage())
                .isEqualTo(OpportunityStage.NEGOTIATION);

        QuoteDetails accepted = quotes.accept(quote.id());
        assertThat(accepted.status()).isEqualTo(QuoteStatus.ACCEPTED);
        // The deal is won when the contract drafted from it is signed (contract-approval).
        assertThat(opportunities.find(accepted.summary().opportunityId()).orElseThrow().stage())
                .isEqualTo(OpportunityStage.NEGOTIATION);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("contract-approval")
                .variableValueEquals("quoteId", quote.id()).count()).isEqualTo(1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processOf(quote)).singleResult()
                .getEndActivityId()).isEqualTo("quote-accepted");
        assertThatThrownBy(() -> quotes.accept(quote.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_line_discount_above_10_percent_needs_the_team_supervisor() {
        QuoteDetails quote = submitted("15");

        assertThat(quote.status()).isEqualTo(QuoteStatus.PENDING_APPROVAL);
        assertThat(quote.approvalsPending()).containsExactly(ApprovalLevel.SUPERVISOR);
        // Both the line discount and the discount over the whole quote pass 10 %: two rows, one approver.
        assertThat(quote.trail()).filteredOn(e -> e.action() == TrailAction.APPROVAL_REQUIRED)
                .extracting(TrailEntry::level).containsExactly(ApprovalLevel.SUPERVISOR, ApprovalLevel.SUPERVISOR);
        assertThat(quote.trail()).filteredOn(e -> e.action() == TrailAction.APPROVAL_REQUIRED)
                .allSatisfy(e -> assertThat(e.rule()).contains("10 %"));
        Task approval = task(quote, "approve-supervisor");
        assertThat(approval.getAssignee()).isEqualTo("supervisor");

        decide("supervisor", approval, "APPROVE", null);

        QuoteDetails approved = reread(quote);
        assertThat(approved.status()).isEqualTo(QuoteStatus.APPROVED);
        assertThat(approved.trail()).filteredOn(e -> e.action() == TrailAction.APPROVED)
                .extracting(TrailEntry::level, TrailEntry::actor)
                .containsExactly(tuple(ApprovalLevel.SUPERVISOR, "supervisor"));
        assertThat(task(quote, "send-quote")).isNotNull();
    }

    @Test
    void a_25_percent_discount_needs_the_supervisor_then_the_director() {
        QuoteDetails quote = submitted("25");
        assertThat(quote.approvalsPending()).containsExactly(ApprovalLevel.SUPERVISOR, ApprovalLevel.DIRECTOR);

        decide("supervisor", task(quote, "approve-supervisor"), "APPROVE", "Fine by me");
        assertThat(reread(quote).status()).isEqualTo(QuoteStatus.PENDING_APPROVAL);
        assertThat(reread(quote).approvalsPending()).containsExactly(ApprovalLevel.DIRECTOR);
        Task director = task(quote, "approve-director");
        assertThat(director.getAssignee()).isNull();
        assertThat(engineTasks.getIdentityLinksForTask(director.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("directors"));

        decide("director", director, "APPROVE", null);

        QuoteDetails approved = reread(quote);
        assertThat(approved.status()).isEqualTo(QuoteStatus.APPROVED);
        assertThat(approved.trail()).filteredOn(e -> e.action() == TrailAction.APPROVED)
                .extracting(TrailEntry::level, TrailEntry::actor, TrailEntry::comment)
                .containsExactly(tuple(ApprovalLevel.SUPERVISOR, "supervisor", "Fine by me"),
                        tuple(ApprovalLevel.DIRECTOR, "director", null));
    }

    @Test
    void payment_terms_longer_than_standard_need_finance() {
        QuoteDetails quote = submitted(opportunity(), "0", 60);
        assertThat(quote.approvalsPending()).containsExactly(ApprovalLevel.FINANCE);

        decide("finance", task(quote, "approve-finance"), "APPROVE", null);

        assertThat(reread(quote).status()).isEqualTo(QuoteStatus.APPROVED);
    }

    @Test
    void send_back_needs_a_comment_and_a_new_version_continues_the_same_process() {
        QuoteDetails v1 = submitted("25");
        String process = processOf(v1);
        Task approval = task(v1, "approve-supervisor");

        assertThatThrownBy(() -> decide("supervisor", approval, "SEND_BACK", " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("comment"));
        assertThat(reread(v1).status()).as("nothing changed").isEqualTo(QuoteStatus.PENDING_APPROVAL);
        assertThat(task(v1, "approve-supervisor")).isNotNull();

        decide("supervisor", approval, "SEND_BACK", "At most 8 % on gearboxes");
        assertThat(reread(v1).status()).isEqualTo(QuoteStatus.CHANGES_REQUESTED);
        assertThat(task(v1, "revise-quote").getAssignee()).isEqualTo("sales1");

        signIn("sales1");
        QuoteDetails v2 = quotes.newVersion(v1.id());
        assertThat(v2.summary().versionNo()).isEqualTo(2);
        assertThat(v2.summary().number()).isEqualTo(v1.summary().number());
        assertThatThrownBy(() -> quotes.update(v1.id(), form(v1.summary().opportunityId(), "8", null)))
                .as("a submitted version is never edited").isInstanceOf(ConflictException.class);
        QuoteDetails edited = quotes.update(v2.id(), new QuoteForm(null, priceListId, List.of(new QuoteLineForm(
                productId, BigDecimal.TEN, new BigDecimal("8"))), null, null, null, null, "en",
                v2.summary().version()));
        QuoteDetails resubmitted = quotes.submit(v2.id(), edited.summary().version());

        assertThat(resubmitted.status()).isEqualTo(QuoteStatus.APPROVED);
        assertThat(processOf(resubmitted)).isEqualTo(process);
        assertThat(reread(v1).status()).isEqualTo(QuoteStatus.SUPERSEDED);
        assertThat(reread(v1).summary().latest()).isFalse();
        assertThat(resubmitted.trail()).extracting(TrailEntry::versionNo, TrailEntry::action).contains(
                tuple(1, TrailAction.SENT_BACK), tuple(1, TrailAction.SUPERSEDED), tuple(2, TrailAction.SUBMITTED),
                tuple(2, TrailAction.NO_APPROVAL_NEEDED));
    }

    @Test
    void a_sent_back_quote_may_be_withdrawn_from_its_task() {
        QuoteDetails quote = submitted("15");
        decide("supervisor", task(quote, "approve-supervisor"), "SEND_BACK", "Talk to me first");

        signIn("sales1");
        tasks.complete(task(quote, "revise-quote").getId(), Map.of("revision", "WITHDRAW", "revisionNote", "Lost it"));

        assertThat(reread(quote).status()).isEqualTo(QuoteStatus.WITHDRAWN);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processOf(quote)).singleResult()
                .getEndActivityId()).isEqualTo("withdrawn");
    }

    @Test
    void a_rejected_quote_is_declined_and_its_process_ends() {
        QuoteDetails quote = submitted("25");

        decide("supervisor", task(quote, "approve-supervisor"), "REJECT", "Margin too thin for this customer");

        QuoteDetails declined = reread(quote);
        assertThat(declined.status()).isEqualTo(QuoteStatus.DECLINED);
        assertThat(declined.trail()).filteredOn(e -> e.action() == TrailAction.DECLINED)
                .extracting(TrailEntry::comment).containsExactly("Margin too thin for this customer");
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processOf(quote)).singleResult()
                .getEndActivityId()).isEqualTo("declined");
        assertThat(declined.actions().newVersion()).isTrue();
    }

    @Test
    void a_customer_rejection_needs_a_reason_and_loses_the_opportunity() {
        QuoteDetails quote = submitted("0");
        signIn("sales1");
        quotes.send(quote.id(), new SendForm(SendForm.SendMethod.HANDED, null, null));

        assertThatThrownBy(() -> quotes.reject(quote.id(), new CustomerAnswer(null, "no")))
                .isInstanceOf(InvalidInputException.class);
        QuoteDetails rejected = quotes.reject(quote.id(), new CustomerAnswer(LossReason.COMPETITOR, "Went with Acme"));

        assertThat(rejected.status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(rejected.rejectReason()).isEqualTo(LossReason.COMPETITOR);
        var opportunity = opportunities.find(quote.summary().opportunityId()).orElseThrow();
        assertThat(opportunity.stage()).isEqualTo(OpportunityStage.LOST);
        assertThat(opportunity.lossReason()).isEqualTo(LossReason.COMPETITOR);
    }

    @Test
    void an_unanswered_quote_expires_at_the_end_of_its_validity() {
        QuoteDetails quote = submitted("0");
        signIn("sales1");
        quotes.send(quote.id(), new SendForm(SendForm.SendMethod.HANDED, null, null));
        Job timer = management.createJobQuery().processInstanceId(processOf(quote)).timers().singleResult();
        assertThat(timer.getDuedate().toInstant()).isEqualTo(quote.validUntil().plusDays(1)
                .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());

        management.executeJob(timer.getId());

        assertThat(reread(quote).status()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(processOf(quote)).singleResult()
                .getEndActivityId()).isEqualTo("quote-expired");
    }

    @Test
    void a_late_supervisor_is_reminded_and_then_the_directors_take_the_step() {
        QuoteDetails quote = submitted("15");
        String process = processOf(quote);
        List<Job> timers = management.createJobQuery().processInstanceId(process).timers().orderByJobDuedate().asc()
                .list();
        assertThat(timers).hasSize(2);
        assertThat(timers.get(0).getDuedate()).isBefore(timers.get(1).getDuedate());

        management.executeJob(timers.get(0).getId());
        assertThat(task(quote, "approve-supervisor").getPriority()).isGreaterThanOrEqualTo(80);
        assertThat(reread(quote).trail()).extracting(TrailEntry::action).contains(TrailAction.REMINDED);

        management.executeJob(timers.get(1).getId());
        assertThat(task(quote, "approve-supervisor")).isNull();
        assertThat(reread(quote).approvalsPending()).containsExactly(ApprovalLevel.DIRECTOR);
        assertThat(reread(quote).trail()).extracting(TrailEntry::action).contains(TrailAction.ESCALATED);

        decide("director", task(quote, "approve-director"), "APPROVE", null);
        assertThat(reread(quote).status()).isEqualTo(QuoteStatus.APPROVED);
    }

    @Test
    void nobody_approves_their_own_quote_and_a_supervisor_only_their_teams() {
        QuoteDetails quote = submitted("25");
        Task approval = task(quote, "approve-supervisor");

        // Another team's supervisor cannot be given it, not even by an engine administrator.
        assertThatThrownBy(() -> engineTasks.setAssignee(approval.getId(), "supervisor2"))
                .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("own team");
        assertThatThrownBy(() -> engineTasks.setAssignee(approval.getId(), "sales1"))
                .hasRootCauseInstanceOf(AuthorizationException.class).hasMessageContaining("own quote");
        assertThat(task(quote, "approve-supervisor").getAssignee()).isEqualTo("supervisor");

        decide("supervisor", approval, "APPROVE", null);
        Task director = task(quote, "approve-director");
        assertThatThrownBy(() -> engineTasks.claim(director.getId(), "sales1"))
                .hasRootCauseInstanceOf(AuthorizationException.class);
        signIn("sales1");
        assertThatThrownBy(() -> tasks.claim(director.getId())).as("the task list does not even show it")
                .isInstanceOf(com.salesflow.shared.NotFoundException.class);
        assertThat(task(quote, "approve-director").getAssignee()).isNull();
    }

    @Test
    void a_supervisors_own_quote_goes_to_the_directors() {
        signIn("supervisor");
        long customerId = jdbc.queryForObject("select min(id) from sf_customer where owner = 'sales1' and "
                + "(grade is null or grade <> 'RISK')", Long.class);
        long opportunityId = opportunities.open(new NewOpportunity(customerId, "Supervisor's deal " + unique(),
                null, null, null, "supervisor", null)).id();
        QuoteDetails draft = quotes.create(form(opportunityId, "15", null));
        QuoteDetails quote = quotes.submit(draft.id(), draft.summary().version());

        assertThat(quote.approvalsPending()).containsExactly(ApprovalLevel.DIRECTOR);
        assertThat(quote.trail()).filteredOn(e -> e.action() == TrailAction.APPROVAL_REQUIRED)
                .allSatisfy(e -> assertThat(e.rule()).contains("directors"));
        assertThat(task(quote, "approve-supervisor")).isNull();
        assertThat(task(quote, "approve-director")).isNotNull();
    }

    @Test
    void bad_lines_are_field_errors_and_nothing_is_saved() {
        long opportunityId = opportunity();
        signIn("sales1");
        long before = jdbc.queryForObject("select count(*) from sf_quote", Long.class);
        QuoteForm bad = new QuoteForm(opportunityId, priceListId, List.of(
                new QuoteLineForm(productId, BigDecimal.ZERO, BigDecimal.ZERO),
                new QuoteLineForm(productId, BigDecimal.ONE, new BigDecimal("120")),
                new QuoteLineForm(productId, BigDecimal.ONE, new BigDecimal("60"))), null, null, null, null, null,
                null);

        assertThatThrownBy(() -> quotes.create(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
                        .containsExactlyInAnyOrder(tuple("lines[0].quantity", "quote.quantity"),
                                tuple("lines[1].discountPercent", "quote.discount"),
                                tuple("lines[2].discountPercent", "quote.belowCost")));
        assertThat(jdbc.queryForObject("select count(*) from sf_quote", Long.class)).isEqualTo(before);

        signIn("admin");
        PriceListForm expired = new PriceListForm();
        expired.setName("Expired quote IT " + unique());
        expired.setValidFrom(LocalDate.now().minusDays(60));
        expired.setValidTo(LocalDate.now().minusDays(1));
        long expiredId = priceLists.create(expired).id();
        signIn("sales1");
        assertThatThrownBy(() -> quotes.create(new QuoteForm(opportunityId, expiredId, List.of(new QuoteLineForm(
                productId, BigDecimal.ONE, BigDecimal.ZERO)), null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::code).containsExactly("priceList.expired"));
        assertThat(jdbc.queryForObject("select count(*) from sf_quote", Long.class)).isEqualTo(before);
    }

    @Test
    void quotes_are_seen_and_written_within_the_owners_scope_and_edits_are_guarded_by_version() {
        long opportunityId = opportunity();
        signIn("sales1");
        QuoteDetails draft = quotes.create(form(opportunityId, "0", null));

        signIn("sales3");
        assertThatThrownBy(() -> quotes.get(draft.id())).isInstanceOf(com.salesflow.shared.NotFoundException.class);
        signIn("finance");
        assertThat(quotes.get(draft.id()).totals().margin()).as("finance sees margins").isNotNull();
        assertThatThrownBy(() -> quotes.submit(draft.id(), draft.summary().version()))
                .isInstanceOf(AccessDeniedException.class);
        signIn("sales1");
        assertThat(quotes.get(draft.id()).totals().margin()).as("salespeople do not").isNull();
        quotes.update(draft.id(), form(opportunityId, "2", null) .withVersion(draft.summary().version()));
        assertThatThrownBy(() -> quotes.update(draft.id(), form(opportunityId, "3", null)
                .withVersion(draft.summary().version()))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> quotes.create(form(opportunityId, "0", null)))
                .as("one draft at a time").isInstanceOf(ConflictException.class);
    }

    @Test
    void the_demo_run_leaves_quotes_in_every_state_and_approvals_in_the_task_lists() {
        assertThat(jdbc.queryForList("select distinct status from sf_quote where created_by in "
                + "('sales1', 'sales2', 'sales3')", String.class))
                .contains("DRAFT", "PENDING_APPROVAL", "CHANGES_REQUESTED", "SENT");
        assertThat(engineTasks.createTaskQuery().processDefinitionKey("quote-approval")
                .taskDefinitionKey("approve-supervisor").taskAssignee("supervisor").count()).isPositive();
        assertThat(engineTasks.createTaskQuery().processDefinitionKey("quote-approval")
                .taskDefinitionKey("approve-director").count()).isPositive();
        assertThat(engineTasks.createTaskQuery().processDefinitionKey("quote-approval")
                .taskDefinitionKey("revise-quote").taskAssignee("sales3").count()).isPositive();
    }
}
