package com.salesflow.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.shared.ConflictException;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The moves other modules (quotes) make through {@link Opportunities}, and the event each move publishes. */
@IntegrationTest
@RecordApplicationEvents
class OpportunityStageServicesIT {

    @Autowired
    Opportunities opportunities;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void quotes_move_an_opportunity_forward_only_close_it_and_every_move_is_published() {
        long customerId = jdbc.queryForObject("select min(id) from sf_customer where owner = 'sales2'", Long.class);
        OpportunitySummary opened = opportunities.open(new NewOpportunity(customerId, "Quoted " + System.nanoTime(),
                new BigDecimal("30000"), null, null, "sales2", null));
        long id = opened.id();

        assertThat(opportunities.advanceTo(id, OpportunityStage.PROPOSAL).stage()).isEqualTo(OpportunityStage.PROPOSAL);
        assertThat(opportunities.advanceTo(id, OpportunityStage.NEEDS_ANALYSIS).stage()).as("never backwards")
                .isEqualTo(OpportunityStage.PROPOSAL);
        assertThat(opportunities.advanceTo(id, OpportunityStage.NEGOTIATION).probability()).isEqualTo(75);

        OpportunitySummary lost = opportunities.markLost(id, LossReason.PRICE, "Too expensive");
        assertThat(lost.stage()).isEqualTo(OpportunityStage.LOST);
        assertThat(lost.lossReason()).isEqualTo(LossReason.PRICE);
        assertThat(lost.closedAt()).isNotNull();
        assertThat(opportunities.advanceTo(id, OpportunityStage.PROPOSAL).stage()).as("closed stays closed")
                .isEqualTo(OpportunityStage.LOST);

        // A quote accepted after all wins it; a win is final for services.
        OpportunitySummary won = opportunities.markWon(id);
        assertThat(won.stage()).isEqualTo(OpportunityStage.WON);
        assertThat(won.probability()).isEqualTo(100);
        assertThat(won.lossReason()).isNull();
        assertThat(opportunities.markWon(id).version()).as("no change").isEqualTo(won.version());
        assertThatThrownBy(() -> opportunities.markLost(id, LossReason.TIMING)).isInstanceOf(ConflictException.class);

        assertThat(events.stream(OpportunityStageChanged.class).filter(event -> event.opportunityId() == id))
                .extracting(OpportunityStageChanged::from, OpportunityStageChanged::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OpportunityStage.QUALIFICATION, OpportunityStage.PROPOSAL),
                        org.assertj.core.groups.Tuple.tuple(OpportunityStage.PROPOSAL, OpportunityStage.NEGOTIATION),
                        org.assertj.core.groups.Tuple.tuple(OpportunityStage.NEGOTIATION, OpportunityStage.LOST),
                        org.assertj.core.groups.Tuple.tuple(OpportunityStage.LOST, OpportunityStage.WON));
        assertThat(opportunities.find(id)).hasValueSatisfying(found -> assertThat(found.customerId())
                .isEqualTo(customerId));
    }
}
