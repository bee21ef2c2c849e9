package com.salesflow.opportunity.internal;

import com.salesflow.opportunity.LossReason;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An opportunity, guarding its stage rules: WON and LOST close it, LOST needs a reason, the probability follows the
 * stage unless set by hand, and a won one is reopened only when the caller may ({@link #moveTo}).
 */
@Entity
@Table(name = "sf_opportunity")
class Opportunity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private long customerId;

    private String name;

    @Enumerated(EnumType.STRING)
    private OpportunityStage stage;

    private BigDecimal amount;

    private String currency;

    private int probability;

    @Column(name = "probability_manual")
    private boolean probabilityManual;

    @Column(name = "expected_close")
    private LocalDate expectedClose;

    private String owner;

    @Column(name = "lead_id")
    private Long leadId;

    @Convert(converter = LinesConverter.class)
    private List<String> competitors = new ArrayList<>();

    /** The same column as text, for searching. */
    @Column(name = "competitors", insertable = false, updatable = false)
    private String competitorsText;

    @Enumerated(EnumType.STRING)
    @Column(name = "loss_reason")
    private LossReason lossReason;

    @Column(name = "loss_note")
    private String lossNote;

    private String description;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "stage_changed_at")
    private Instant stageChangedAt;

    @Column(name = "last_follow_up_at")
    private Instant lastFollowUpAt;

    @Column(name = "next_follow_up_at")
    private LocalDate nextFollowUpAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected Opportunity() {
    }

    Opportunity(long customerId, String name, BigDecimal amount, String currency, LocalDate expectedClose,
            String owner, Long leadId, String createdBy, Instant now) {
        this.customerId = customerId;
        this.name = name;
        this.amount = amount;
        this.currency = currency;
        this.expectedClose = expectedClose;
        this.owner = owner;
        this.leadId = leadId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedBy = createdBy;
        this.updatedAt = now;
        this.stageChangedAt = now;
        this.stage = OpportunityStage.QUALIFICATION;
        this.probability = stage.defaultProbability();
    }

    /**
     * Moves to {@code target}; returns false when it is there already (a LOST one then takes a new reason if given).
     *
     * @param mayReopenWon whether the caller may take back a win (supervisors, directors, admins)
     */
    boolean moveTo(OpportunityStage target, LossReason reason, String note, boolean mayReopenWon, String by,
            Instant now) {
        if (target == null) {
            throw InvalidInputException.of("stage", "opportunity.stage.required", "Choose a stage.");
        }
        if (target == OpportunityStage.LOST && reason == null) {
            throw InvalidInputException.of("lossReason", "opportunity.lossReason.required",
                    "Say why the opportunity was lost.");
        }
        if (target == stage) {
            if (target == OpportunityStage.LOST) {
                lossReason = reason;
                lossNote = note;
                touched(by, now);
            }
            return false;
        }
        if (stage == OpportunityStage.WON && !mayReopenWon) {
            throw new ConflictException("opportunity.wonIsFinal",
                    "A won opportunity is final; a supervisor can reopen it.");
        }
        boolean reopening = stage.isClosed() && !target.isClosed();
        stage = target;
        stageChangedAt = now;
        if (target.isClosed()) {
            closedAt = now;
            probability = target.defaultProbability();
        } else {
            closedAt = null;
            if (reopening) {
                // Closing forced 100 or 0: whatever was set by hand before no longer says anything.
                probabilityManual = false;
            }
            if (!probabilityManual) {
                probability = target.defaultProbability();
            }
        }
        if (target == OpportunityStage.LOST) {
            lossReason = reason;
            lossNote = note;
        } else {
            lossReason = null;
            lossNote = null;
        }
        touched(by, now);
        return true;
    }

    /** Sets the probability by hand, or back to the stage's default with null; closed ones keep 100 or 0. */
    void setProbability(Integer byHand) {
        if (stage.isClosed()) {
            return;
        }
        probabilityManual = byHand != null;
        probability = byHand != null ? byHand : stage.defaultProbability();
    }

    void edit(String name, BigDecimal amount, String currency, LocalDate expectedClose, String owner,
            List<String> competitors, String description, LocalDate nextFollowUpAt, String by, Instant now) {
        this.name = name;
        this.amount = amount;
        this.currency = currency;
        this.expectedClose = expectedClose;
        this.owner = owner;
        this.competitors = new ArrayList<>(competitors);
        this.description = description;
        this.nextFollowUpAt = nextFollowUpAt;
        touched(by, now);
    }

    /** The loss reason can be corrected while LOST; elsewhere it stays empty. */
    void correctLoss(LossReason reason, String note) {
        if (stage == OpportunityStage.LOST) {
            if (reason == null) {
                throw InvalidInputException.of("lossReason", "opportunity.lossReason.required",
                        "Say why the opportunity was lost.");
            }
            lossReason = reason;
            lossNote = note;
        }
    }

    private void touched(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    Long getId() { return id; }
    long getCustomerId() { return customerId; }
    String getName() { return name; }
    OpportunityStage getStage() { return stage; }
    BigDecimal getAmount() { return amount; }
    String getCurrency() { return currency; }
    int getProbability() { return probability; }
    boolean isProbabilityManual() { return probabilityManual; }
    LocalDate getExpectedClose() { return expectedClose; }
    String getOwner() { return owner; }
    Long getLeadId() { return leadId; }
    List<String> getCompetitors() { return competitors == null ? List.of() : List.copyOf(competitors); }
    LossReason getLossReason() { return lossReason; }
    String getLossNote() { return lossNote; }
    String getDescription() { return description; }
    Instant getClosedAt() { return closedAt; }
    Instant getStageChangedAt() { return stageChangedAt; }
    Instant getLastFollowUpAt() { return lastFollowUpAt; }
    LocalDate getNextFollowUpAt() { return nextFollowUpAt; }
    Instant getCreatedAt() { return createdAt; }
    Instant getUpdatedAt() { return updatedAt; }
    long getVersion() { return version; }
}
