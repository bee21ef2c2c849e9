package com.salesflow.opportunity.internal;

import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.Customers;
import com.salesflow.identity.Roles;
import com.salesflow.opportunity.LossReason;
import com.salesflow.opportunity.OpportunityStage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pipeline for the demo run, after the demo customers: for each demo salesperson a dozen opportunities on their
 * own customers, spread over the stages (more early than late, some won and lost with reasons), with amounts,
 * competitors met and expected close dates (a few already passed). Created once, with a fixed seed.
 */
@Component
@Order(130)
class DemoOpportunities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOpportunities.class);

    private static final List<String> OWNERS = List.of("sales1", "sales2", "sales3");
    private static final OpportunityStage[] STAGES = {OpportunityStage.QUALIFICATION,
        OpportunityStage.QUALIFICATION, OpportunityStage.QUALIFICATION, OpportunityStage.NEEDS_ANALYSIS,
        OpportunityStage.NEEDS_ANALYSIS, OpportunityStage.NEEDS_ANALYSIS, OpportunityStage.PROPOSAL,
        OpportunityStage.PROPOSAL, OpportunityStage.NEGOTIATION, OpportunityStage.NEGOTIATION, OpportunityStage.WON,
        OpportunityStage.LOST};
    private static final String[] WHAT = {"Annual supply contract", "Production line upgrade", "Spare parts framework",
        "Pilot order", "Second plant equipment", "Maintenance service 3 years", "ERP integration", "Packaging line",
        "Replacement of old machines", "Export order", "New product launch", "Warehouse automation"};
    private static final String[] WHAT_CN = {"年度供货合同", "产线升级", "备件框架协议", "试点订单", "二期工厂设备", "三年维保服务",
        "ERP 集成", "包装线", "旧设备更新", "出口订单", "新品上市", "仓储自动化"};
    private static final String[] COMPETITORS = {"Siemens 西门子", "Huichuan 汇川", "Delta 台达", "Local workshop",
        "Schneider 施耐德", "Mitsubishi 三菱", "Inovance", "ABB"};
    private static final LossReason[] LOSSES = {LossReason.PRICE, LossReason.COMPETITOR, LossReason.NO_BUDGET,
        LossReason.TIMING};
    private static final String[] LOSS_NOTES = {"Competitor 12% cheaper on the same spec", "Budget moved to next year",
        "The boss chose the incumbent supplier", "Project postponed after the merger"};

    private final OpportunityRepository opportunities;
    private final Customers customers;
    private final Clock clock;
    private final boolean demo;

    DemoOpportunities(OpportunityRepository opportunities, Customers customers, Clock clock,
            @Value("${salesflow.demo.enabled:false}") boolean demo) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo || opportunities.count() > 0) {
            return;
        }
        Random random = new Random(20261124L);
        int created = 0;
        var previous = SecurityContextHolder.getContext();
        // The customers of each salesperson, as an administrator sees them.
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMINS))));
        try {
            for (String owner : OWNERS) {
                List<CustomerSummary> mine = customers.search(new CustomerFilter(null, owner, null, null, null, null,
                        false), PageRequest.of(0, STAGES.length)).getContent();
                for (int i = 0; i < mine.size(); i++) {
                    create(mine.get(i), owner, STAGES[i % STAGES.length], i, random);
                    created++;
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Demo run: created {} opportunities", created);
    }

    private void create(CustomerSummary customer, String owner, OpportunityStage stage, int i, Random random) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Instant createdAt = now.minus(Duration.ofDays(30 + random.nextInt(100)));
        boolean chinese = customer.name().chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff);
        int what = random.nextInt(WHAT.length);
        BigDecimal amount = BigDecimal.valueOf(20_000L + 5_000L * random.nextInt(200));
        // Mostly ahead; one in six open ones slipped past its expected close (the list marks those).
        LocalDate expectedClose = stage.isClosed() ? today.minusDays(random.nextInt(40))
                : i % 6 == 1 ? today.minusDays(3 + random.nextInt(20)) : today.plusDays(7 + random.nextInt(120));
        Opportunity opportunity = new Opportunity(customer.id(), chinese ? WHAT_CN[what] : WHAT[what], amount, "CNY",
                expectedClose, owner, null, owner, createdAt);
        List<String> competitors = random.nextInt(3) == 0 ? List.of()
                : random.nextBoolean() ? List.of(COMPETITORS[random.nextInt(COMPETITORS.length)])
                        : List.of(COMPETITORS[i % COMPETITORS.length], COMPETITORS[(i + 3) % COMPETITORS.length]);
        LocalDate next = stage.isClosed() ? null : today.plusDays(random.nextInt(14) - 3);
        opportunity.edit(opportunity.getName(), amount, "CNY", expectedClose, owner, competitors,
                random.nextBoolean() ? "Decision maker met; budget confirmed for this year." : null, next, owner,
                createdAt);
        // Won and lost lately, so that the board (which shows the last 30 days of them) has some.
        Instant movedAt = stage.isClosed() ? now.minus(Duration.ofDays(random.nextInt(25)))
                : createdAt.plus(Duration.ofDays(1 + random.nextInt(9)));
        if (stage == OpportunityStage.LOST) {
            int loss = random.nextInt(LOSSES.length);
            opportunity.moveTo(stage, LOSSES[loss], LOSS_NOTES[loss], true, owner, movedAt);
        } else if (stage != OpportunityStage.QUALIFICATION) {
            opportunity.moveTo(stage, null, null, true, owner, movedAt);
        }
        if (stage == OpportunityStage.NEGOTIATION && random.nextBoolean()) {
            // The owner's own judgement beats the stage's default now and then.
            opportunity.setProbability(60 + 5 * random.nextInt(5));
        }
        Opportunity saved = opportunities.save(opportunity);
        if (!stage.isClosed() && customer.lastFollowUpAt() != null) {
            opportunities.followedUp(saved.getId(), customer.lastFollowUpAt());
        }
    }
}
