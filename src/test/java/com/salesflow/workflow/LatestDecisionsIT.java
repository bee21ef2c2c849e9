package com.salesflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The latest version of a decision is evaluated without asking for it each time, and still the latest one. */
@IntegrationTest
class LatestDecisionsIT {

    @Autowired
    Decisions decisions;

    @Autowired
    DecisionService engineDecisions;

    @Autowired
    RepositoryService repository;

    private final List<String> deployments = new ArrayList<>();
    private final String key = "it-latest-" + Long.toString(System.nanoTime(), 36);

    @AfterEach
    void undeploy() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void a_new_version_counts_at_once_and_a_deleted_one_gives_way_to_the_one_before() {
        deploy("first");
        assertThat(answer()).isEqualTo("first");
        assertThat(answer()).as("asked again, from what it remembered").isEqualTo("first");

        String second = deploy("second");
        assertThat(answer()).isEqualTo("second");
        assertThat(answer()).isEqualTo(engineDecisions.evaluateDecisionByKey(key)
                .variables(Map.of("amount", 5)).evaluate().getSingleEntry());

        repository.deleteDeployment(second, true);
        deployments.remove(second);
        assertThat(answer()).isEqualTo("first");
    }

    @Test
    void a_decision_that_is_not_deployed_fails_as_the_engine_says() {
        String message = failure(() -> engineDecisions.evaluateDecisionByKey(key).variables(Map.of("amount", 1))
                .evaluate());
        assertThatThrownBy(() -> decisions.evaluateLatest(key, Map.of("amount", 1))).hasMessage(message);
    }

    private Object answer() {
        return decisions.evaluateLatest(key, Map.of("amount", 5)).getSingleEntry();
    }

    private String deploy(String answer) {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d-%1$s" name="Test"
                             namespace="http://salesflow.example/test">
                  <decision id="%1$s" name="Latest test" camunda:historyTimeToLive="1"
                            xmlns:camunda="http://camunda.org/schema/1.0/dmn">
                    <decisionTable id="table-%1$s">
                      <input id="in-%1$s" label="Amount">
                        <inputExpression id="ie-%1$s" typeRef="integer"><text>amount</text></inputExpression>
                      </input>
                      <output id="out-%1$s" name="answer" typeRef="string"/>
                      <rule id="rule-%1$s">
                        <inputEntry id="e-%1$s"><text>&gt;= 0</text></inputEntry>
                        <outputEntry id="o-%1$s"><text>"%2$s"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, answer);
        String id = repository.createDeployment().name("latest-decisions-it")
                .addString(key + ".dmn", dmn)
                .deploy().getId();
        deployments.add(id);
        return id;
    }

    private static String failure(Runnable evaluation) {
        try {
            evaluation.run();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the evaluation to fail");
    }
}
