package com.salesflow.customer.internal;

import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CreditSurvey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One credit survey (信用调查) as it was answered and rated; never edited. */
@Entity
@Table(name = "sf_credit_survey")
class CreditSurveyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "net_assets")
    private CreditRating netAssets;

    @Enumerated(EnumType.STRING)
    @Column(name = "total_assets")
    private CreditRating totalAssets;

    @Enumerated(EnumType.STRING)
    private CreditRating prospects;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_record")
    private CreditRating paymentRecord;

    private String note;

    @Enumerated(EnumType.STRING)
    private CreditRating rating;

    @Column(name = "suggested_limit")
    private BigDecimal suggestedLimit;

    @Column(name = "suggested_terms_days")
    private int suggestedTermsDays;

    @Column(name = "surveyed_by")
    private String surveyedBy;

    @Column(name = "surveyed_at")
    private Instant surveyedAt;

    protected CreditSurveyRecord() {
    }

    CreditSurveyRecord(long customerId, CreditRating netAssets, CreditRating totalAssets, CreditRating prospects,
            CreditRating paymentRecord, String note, CreditRating rating, BigDecimal suggestedLimit,
            int suggestedTermsDays, String surveyedBy, Instant surveyedAt) {
        this.customerId = customerId;
        this.netAssets = netAssets;
        this.totalAssets = totalAssets;
        this.prospects = prospects;
        this.paymentRecord = paymentRecord;
        this.note = note;
        this.rating = rating;
        this.suggestedLimit = suggestedLimit;
        this.suggestedTermsDays = suggestedTermsDays;
        this.surveyedBy = surveyedBy;
        this.surveyedAt = surveyedAt;
    }

    CreditSurvey view() {
        return new CreditSurvey(id, customerId, netAssets, totalAssets, prospects, paymentRecord, note, rating,
                suggestedLimit, suggestedTermsDays, surveyedBy, surveyedAt);
    }
}
