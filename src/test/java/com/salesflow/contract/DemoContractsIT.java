package com.salesflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.identity.Roles;
import com.salesflow.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The demo run's contracts, made through the services and the process: every stage from draft to fulfilled, with a
 * history told on the days it happened and receivables that are overdue.
 */
@IntegrationTest
class DemoContractsIT {

    @Autowired
    Contracts contracts;
    @Autowired
    Receivables receivables;

    private final LocalDate today = LocalDate.now();

    @Test
    @WithMockUser(username = "director", roles = Roles.DIRECTORS)
    void the_demo_run_has_contracts_at_every_stage() {
        List<ContractSummary> all = contracts.list(ContractFilter.all(), PageRequest.of(0, 500)).getContent();

        assertThat(all).anyMatch(c -> c.status() == ContractStatus.DRAFT && c.owner().equals("sales3"))
                .anyMatch(c -> c.status() == ContractStatus.APPROVED && c.owner().equals("sales1"))
                .anyMatch(c -> c.status() == ContractStatus.FULFILLED && c.owner().equals("sales2"));
        assertThat(all.stream().filter(c -> c.status() == ContractStatus.IN_APPROVAL && c.owner().equals("sales2"))
                .map(c -> contracts.get(c.id())))
                .anyMatch(c -> c.waitingAt().equals("legal-review")
                        && c.deviations().equals(Set.of(DeviationType.PAYMENT_TERMS, DeviationType.WARRANTY)));
    }

    @Test
    @WithMockUser(username = "director", roles = Roles.DIRECTORS)
    void a_contract_signed_weeks_ago_has_its_history_on_the_days_it_happened_and_overdue_instalments() {
        ContractDetails late = signedDaysAgo(75);

        assertThat(late.summary().owner()).isEqualTo("sales1");
        assertThat(late.status()).isEqualTo(ContractStatus.SIGNED);
        assertThat(late.order().status()).isEqualTo(OrderStatus.OPEN);
        assertThat(late.order().deliveries()).hasSize(1);
        assertThat(late.instalments()).extracting(Instalment::status)
                .containsExactly(InstalmentStatus.PAID, InstalmentStatus.OPEN, InstalmentStatus.OPEN);
        assertThat(late.instalments()).extracting(Instalment::dueDate)
                .allMatch(due -> due.isBefore(today));
        assertThat(late.instalments().stream().map(Instalment::amount).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo(late.summary().total());
        assertThat(dayOf(late, ContractAction.SIGNED)).isEqualTo(late.signedOn());
        assertThat(dayOf(late, ContractAction.SUBMITTED)).isBefore(late.signedOn());
        assertThat(dayOf(late, ContractAction.PAYMENT_RECEIVED)).isEqualTo(today.minusDays(66));
        assertThat(dayOf(late, ContractAction.DELIVERED)).isEqualTo(today.minusDays(60));

        ContractDetails delivered = signedDaysAgo(20);
        assertThat(delivered.order().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(delivered.instalments()).extracting(Instalment::status)
                .containsExactly(InstalmentStatus.PAID, InstalmentStatus.OPEN);
    }

    @Test
    @WithMockUser(username = "finance", roles = Roles.FINANCE)
    void finance_finds_demo_receivables_overdue_by_days_and_by_weeks() {
        AgingReport aging = receivables.aging(ReceivablesFilter.all());

        assertThat(aging.rows()).anyMatch(row -> row.bucket() == AgingBucket.DAYS_1_30 && row.open().signum() > 0)
                .anyMatch(row -> row.bucket() == AgingBucket.DAYS_31_60 && row.open().signum() > 0)
                .anyMatch(row -> row.bucket() == AgingBucket.CURRENT && row.open().signum() > 0);
    }

    private ContractDetails signedDaysAgo(int days) {
        return contracts.list(new ContractFilter(null, Set.of(ContractStatus.SIGNED, ContractStatus.FULFILLED), null,
                null), PageRequest.of(0, 500)).stream()
                .filter(c -> today.minusDays(days).equals(c.signedOn()))
                .map(c -> contracts.get(c.id())).findFirst().orElseThrow();
    }

    private static LocalDate dayOf(ContractDetails contract, ContractAction action) {
        return contract.trail().stream().filter(e -> e.action() == action).findFirst().orElseThrow().at()
                .atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
