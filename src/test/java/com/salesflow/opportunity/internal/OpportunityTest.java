package com.salesflow.opportunity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.opportunity.LossReason;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stage rules an opportunity guards itself. */
class OpportunityTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static Opportunity opportunity() {
        return new Opportunity(1L, "Spindles", new BigDecimal("100000"), "CNY", LocalDate.of(2027, 1, 31), "sales1",
                null, "sales1", NOW);
    }

    @Test
    void a_new_opportunity_is_in_qualification_with_its_default_probability() {
        Opportunity opportunity = opportunity();
        assertThat(opportunity.getStage()).isEqualTo(OpportunityStage.QUALIFICATION);
        assertThat(opportunity.getProbability()).isEqualTo(10);
        assertThat(opportunity.isProbabilityManual()).isFalse();
        assertThat(opportunity.getClosedAt()).isNull();
    }

    @Test
    void the_probability_follows_the_stage_until_it_is_set_by_hand() {
        Opportunity opportunity = opportunity();
        assertThat(opportunity.moveTo(OpportunityStage.PROPOSAL, null, null, false, "sales1", LATER)).isTrue();
        assertThat(opportunity.getProbability()).isEqualTo(50);
        assertThat(opportunity.getStageChangedAt()).isEqualTo(LATER);

        opportunity.setProbability(35);
        opportunity.moveTo(OpportunityStage.NEGOTIATION, null, null, false, "sales1", LATER);
        assertThat(opportunity.getProbability()).isEqualTo(35);

        opportunity.setProbability(null);
        assertThat(opportunity.getProbability()).isEqualTo(75);
        assertThat(opportunity.isProbabilityManual()).isFalse();
    }

    @Test
    void moving_to_the_stage_it_is_in_changes_nothing() {
        Opportunity opportunity = opportunity();
        assertThat(opportunity.moveTo(OpportunityStage.QUALIFICATION, null, null, false, "sales1", LATER)).isFalse();
        assertThat(opportunity.getStageChangedAt()).isEqualTo(NOW);
    }

    @Test
    void lost_needs_a_reason_and_closes_with_probability_zero() {
        Opportunity opportunity = opportunity();
        assertThatThrownBy(() -> opportunity.moveTo(OpportunityStage.LOST, null, "no idea", false, "sales1", LATER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("lossReason"));
        assertThat(opportunity.getStage()).isEqualTo(OpportunityStage.QUALIFICATION);

        opportunity.setProbability(40);
        opportunity.moveTo(OpportunityStage.LOST, LossReason.COMPETITOR, "Went with Siemens", false, "sales1", LATER);
        assertThat(opportunity.getProbability()).isZero();
        assertThat(opportunity.getClosedAt()).isEqualTo(LATER);
        assertThat(opportunity.getLossReason()).isEqualTo(LossReason.COMPETITOR);
        assertThat(opportunity.getLossNote()).isEqualTo("Went with Siemens");
    }

    @Test
    void won_closes_with_probability_100_even_when_set_by_hand() {
        Opportunity opportunity = opportunity();
        opportunity.setProbability(80);
        opportunity.moveTo(OpportunityStage.WON, null, null, false, "sales1", LATER);
        assertThat(opportunity.getProbability()).isEqualTo(100);
        assertThat(opportunity.getClosedAt()).isEqualTo(LATER);
        opportunity.setProbability(20);
        assertThat(opportunity.getProbability()).as("closed ones keep 100 or 0").isEqualTo(100);
    }

    @Test
    void a_lost_opportunity_is_reopened_with_the_stage_default_and_without_reason_or_closed_date() {
        Opportunity opportunity = opportunity();
        opportunity.setProbability(40);
        opportunity.moveTo(OpportunityStage.LOST, LossReason.PRICE, null, false, "sales1", LATER);
        opportunity.moveTo(OpportunityStage.NEEDS_ANALYSIS, null, null, false, "sales1", LATER);
        assertThat(opportunity.getProbability()).isEqualTo(25);
        assertThat(opportunity.isProbabilityManual()).isFalse();
        assertThat(opportunity.getLossReason()).isNull();
        assertThat(opportunity.getClosedAt()).isNull();
    }

    @Test
    void a_win_is_final_unless_the_caller_may_reopen_it() {
        Opportunity opportunity = opportunity();
        opportunity.moveTo(OpportunityStage.WON, null, null, false, "sales1", LATER);
        assertThatThrownBy(() -> opportunity.moveTo(OpportunityStage.NEGOTIATION, null, null, false, "sales1", LATER))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("opportunity.wonIsFinal"));
        assertThatThrownBy(() -> opportunity.moveTo(OpportunityStage.LOST, LossReason.PRICE, null, false, "sales1",
                LATER)).isInstanceOf(ConflictException.class);
        assertThat(opportunity.moveTo(OpportunityStage.NEGOTIATION, null, null, true, "supervisor", LATER)).isTrue();
        assertThat(opportunity.getProbability()).isEqualTo(75);
        assertThat(opportunity.getClosedAt()).isNull();
    }

    @Test
    void the_loss_reason_can_be_corrected_while_lost_only() {
        Opportunity opportunity = opportunity();
        opportunity.correctLoss(LossReason.TIMING, "ignored");
        assertThat(opportunity.getLossReason()).isNull();
        opportunity.moveTo(OpportunityStage.LOST, LossReason.PRICE, null, false, "sales1", LATER);
        opportunity.correctLoss(LossReason.TIMING, "Budget moved to 2027");
        assertThat(opportunity.getLossReason()).isEqualTo(LossReason.TIMING);
        assertThatThrownBy(() -> opportunity.correctLoss(null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void competitors_are_kept_one_per_line() {
        LinesConverter converter = new LinesConverter();
        assertThat(converter.convertToDatabaseColumn(List.of("Siemens 西门子", "ABB"))).isEqualTo("Siemens 西门子\nABB");
        assertThat(converter.convertToEntityAttribute("Siemens 西门子\n\n ABB ")).containsExactly("Siemens 西门子", "ABB");
        assertThat(converter.convertToDatabaseColumn(List.of())).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isEmpty();
    }
}
