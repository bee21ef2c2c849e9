package com.salesflow.quote.internal;

import com.salesflow.quote.ApprovalLevel;
import com.salesflow.quote.TrailAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of the approval trail; written once, never changed. */
@Entity
@Table(name = "sf_quote_trail")
class QuoteTrailRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "quote_id")
    private long quoteId;

    @Enumerated(EnumType.STRING)
    private TrailAction action;

    @Enumerated(EnumType.STRING)
    private ApprovalLevel level;

    private String actor;

    private Instant at;

    private String comment;

    private String rule;

    @Column(name = "rule_zh")
    private String ruleZh;

    protected QuoteTrailRecord() {
    }

    QuoteTrailRecord(long quoteId, TrailAction action, ApprovalLevel level, String actor, Instant at, String comment,
            String rule, String ruleZh) {
        this.quoteId = quoteId;
        this.action = action;
        this.level = level;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
        this.rule = rule;
        this.ruleZh = ruleZh;
    }

    Long getId() { return id; }
    long getQuoteId() { return quoteId; }
    TrailAction getAction() { return action; }
    ApprovalLevel getLevel() { return level; }
    String getActor() { return actor; }
    Instant getAt() { return at; }
    String getComment() { return comment; }
    String getRule() { return rule; }
    String getRuleZh() { return ruleZh; }
}
