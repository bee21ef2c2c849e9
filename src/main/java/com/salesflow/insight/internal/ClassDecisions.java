package com.salesflow.insight.internal;

import com.salesflow.customer.CreditRating;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The three tables of one run ({@code rfm-tier}, {@code customer-lifecycle}, {@code grade-suggestion}), as deployed
 * when the run started, with the answer for each combination of inputs remembered for the run: there are at most 125
 * RFM combinations, and many customers share order counts and days.
 */
final class ClassDecisions {

    static final String RFM = "rfm-tier";
    static final String LIFECYCLE = "customer-lifecycle";
    static final String GRADE = "grade-suggestion";
    private static final int REMEMBERED = 200_000;

    private final DmnEngine engine;
    private final DmnDecision rfm;
    private final DmnDecision lifecycle;
    private final DmnDecision grade;
    private final Map<Integer, String> tiers = new HashMap<>();
    private final Map<Long, Lifecycle> lifecycles = new HashMap<>();
    private final Map<Integer, Grade> grades = new HashMap<>();

    ClassDecisions(DmnEngine engine, DmnDecision rfm, DmnDecision lifecycle, DmnDecision grade) {
        this.engine = engine;
        this.rfm = rfm;
        this.lifecycle = lifecycle;
        this.grade = grade;
    }

    String tier(int recency, int frequency, int monetary) {
        return tiers.computeIfAbsent(recency * 100 + frequency * 10 + monetary, key -> engine
                .evaluateDecisionTable(rfm, Variables.createVariables().putValue("recencyScore", recency)
                        .putValue("frequencyScore", frequency).putValue("monetaryScore", monetary))
                .getSingleEntry());
    }

    Lifecycle lifecycle(int orders, int daysSinceFirst, int daysSinceLast) {
        long key = ((long) Math.min(orders, 1 << 20) << 42) | ((long) (daysSinceFirst & 0x1FFFFF) << 21)
                | (daysSinceLast & 0x1FFFFF);
        Lifecycle known = lifecycles.get(key);
        if (known != null) {
            return known;
        }
        String value = engine.evaluateDecisionTable(lifecycle, Variables.createVariables().putValue("orders", orders)
                .putValue("daysSinceFirstOrder", daysSinceFirst).putValue("daysSinceLastOrder", daysSinceLast))
                .getSingleEntry();
        Lifecycle result = Lifecycle.valueOf(value);
        if (lifecycles.size() < REMEMBERED) {
            lifecycles.put(key, result);
        }
        return result;
    }

    Grade grade(int valueScore, int potentialScore, CreditRating rating) {
        int key = valueScore * 100 + potentialScore * 10 + (rating == null ? 9 : rating.ordinal());
        return grades.computeIfAbsent(key, k -> Grade.valueOf(engine.evaluateDecisionTable(grade,
                Variables.createVariables().putValue("valueScore", valueScore)
                        .putValue("potentialScore", potentialScore)
                        .putValue("creditRating", rating == null ? "NONE" : rating.name())).getSingleEntry()));
    }
}
