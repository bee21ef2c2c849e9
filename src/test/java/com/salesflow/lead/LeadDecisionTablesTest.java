package com.salesflow.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.salesflow.customer.Source;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table tests of the lead qualification decisions in {@code processes/} (issue 6): every row of {@code lead-score},
 * {@code lead-rating} and {@code lead-routing} is hit by a case, and the scoring model keeps its shape (one row per
 * dimension, at most 100 points). The standalone DMN engine only; no Spring, no process engine.
 */
class LeadDecisionTablesTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final List<String> INPUTS = List.of("industry", "companySize", "region", "source", "engagement");
    private static final List<String> matchedRules = new ArrayList<>();

    private static DmnDecision score;
    private static DmnDecision rating;
    private static DmnDecision routing;
    private static DmnEngine engine;

    @BeforeAll
    static void parse_the_tables() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
            matchedRules.clear();
            event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
        }));
        engine = configuration.buildEngine();
        score = decision("lead-score.dmn", "lead-score");
        rating = decision("lead-score.dmn", "lead-rating");
        routing = decision("lead-routing.dmn", "lead-routing");
    }

    // lead-score: one case per input value, so that every row and every value named in a row is hit

    static Stream<Arguments> scoreRows() {
        return Stream.of(
                scoreRow("rule-industry-core", "industry", "Machinery", 20),
                scoreRow("rule-industry-core", "industry", "Electronics", 20),
                scoreRow("rule-industry-core", "industry", "Auto parts", 20),
                scoreRow("rule-industry-core", "industry", "Medical devices", 20),
                scoreRow("rule-industry-regular", "industry", "Chemicals", 12),
                scoreRow("rule-industry-regular", "industry", "Building materials", 12),
                scoreRow("rule-industry-regular", "industry", "Packaging", 12),
                scoreRow("rule-industry-regular", "industry", "Logistics", 12),
                scoreRow("rule-industry-occasional", "industry", "Food", 6),
                scoreRow("rule-industry-occasional", "industry", "Textiles", 6),
                scoreRow("rule-industry-occasional", "industry", "Furniture", 6),
                scoreRow("rule-industry-occasional", "industry", "Software", 6),
                scoreRow("rule-industry-other", "industry", "Aquaculture", 0),
                scoreRow("rule-size-large", "companySize", "ENTERPRISE", 15),
                scoreRow("rule-size-large", "companySize", "LARGE", 15),
                scoreRow("rule-size-medium", "companySize", "MEDIUM", 12),
                scoreRow("rule-size-small", "companySize", "SMALL", 6),
                scoreRow("rule-size-micro", "companySize", "MICRO", 2),
                scoreRow("rule-region-east", "region", "East", 10),
                scoreRow("rule-region-west", "region", "West", 8),
                scoreRow("rule-region-served", "region", "North", 5),
                scoreRow("rule-region-served", "region", "South", 5),
                scoreRow("rule-region-served", "region", "Central", 5),
                scoreRow("rule-region-other", "region", "Overseas", 0),
                scoreRow("rule-source-referral", "source", "REFERRAL", 25),
                scoreRow("rule-source-key-person", "source", "KEY_PERSON", 22),
                scoreRow("rule-source-web-form", "source", "WEB_FORM", 18),
                scoreRow("rule-source-in-person", "source", "EVENT", 15),
                scoreRow("rule-source-in-person", "source", "VENUE", 15),
                scoreRow("rule-source-in-person", "source", "PERSONAL_NETWORK", 15),
                scoreRow("rule-source-competitor", "source", "COMPETITOR", 15),
                scoreRow("rule-source-internet", "source", "INTERNET", 10),
                scoreRow("rule-source-cold", "source", "DOOR_TO_DOOR", 6),
                scoreRow("rule-source-cold", "source", "PHONE", 6),
                scoreRow("rule-source-list", "source", "IMPORT", 5),
                scoreRow("rule-source-list", "source", "API", 5),
                scoreRow("rule-source-mass", "source", "DIRECTORY", 3),
                scoreRow("rule-source-mass", "source", "LETTER", 3),
                scoreRow("rule-source-mass", "source", "SMS", 3),
                scoreRow("rule-engagement-high", "engagement", "HIGH", 30),
                scoreRow("rule-engagement-medium", "engagement", "MEDIUM", 15),
                scoreRow("rule-engagement-low", "engagement", "LOW", 0));
    }

    @ParameterizedTest(name = "{1} {2} fires {0} for {3} points")
    @MethodSource("scoreRows")
    void each_score_row_gives_its_points_and_reasons(String rule, String input, String value, int points) {
        Map<String, Object> lead = lead(null, null, null, null, null);
        lead.put(input, value);

        List<Map<String, Object>> results = engine.evaluateDecisionTable(score, lead).getResultList();

        assertThat(matchedRules).containsExactly(rule);
        assertThat(results).singleElement().satisfies(row -> {
            assertThat(row.get("points")).isEqualTo(points);
            assertThat((String) row.get("reason")).isNotBlank();
            assertThat((String) row.get("reasonZh")).isNotBlank().isNotEqualTo(row.get("reason"));
        });
    }

    /** The pick lists of the intake and customer forms offer only values the scoring table knows by name. */
    @Test
    @SuppressWarnings("unchecked")
    void every_industry_and_region_of_the_pick_lists_is_known_to_the_scoring_table() throws IOException {
        Map<String, Object> settings;
        try (InputStream yml = Files.newInputStream(Path.of("src/main/resources/application.yml"))) {
            settings = new org.yaml.snakeyaml.Yaml().load(yml);
        }
        Map<String, Object> lists = (Map<String, Object>) ((Map<String, Object>) settings.get("salesflow"))
                .get("pick-lists");
        com.salesflow.shared.PickLists pickLists = new com.salesflow.shared.PickLists(
                (List<String>) lists.get("industries"), (List<String>) lists.get("regions"));
        assertThat(pickLists).isEqualTo(new com.salesflow.shared.PickLists(null, null));
        for (String industry : pickLists.industries()) {
            engine.evaluateDecisionTable(score, lead(industry, null, null, null, null));
            assertThat(matchedRules).as(industry).singleElement().asString().startsWith("rule-industry-")
                    .isNotEqualTo("rule-industry-other");
        }
        for (String region : pickLists.regions()) {
            engine.evaluateDecisionTable(score, lead(null, null, region, null, null));
            assertThat(matchedRules).as(region).singleElement().asString().startsWith("rule-region-")
                    .isNotEqualTo("rule-region-other");
        }
    }

    @Test
    void every_row_of_every_table_has_a_case() {
        assertThat(ruleIds("lead-score.dmn", "lead-score-table"))
                .containsExactlyInAnyOrderElementsOf(caseRules(scoreRows()));
        assertThat(ruleIds("lead-score.dmn", "lead-rating-table"))
                .containsExactlyInAnyOrderElementsOf(caseRules(ratingRows()));
        assertThat(ruleIds("lead-routing.dmn", "lead-routing-table"))
                .containsExactlyInAnyOrderElementsOf(caseRules(routingRows()));
    }

    @Test
    void every_lead_source_scores_exactly_once() {
        for (Source source : Source.values()) {
            engine.evaluateDecisionTable(score, lead(null, null, null, source.name(), null));
            assertThat(matchedRules).as(source.name()).singleElement().asString().startsWith("rule-source-");
        }
    }

    @Test
    void each_row_tests_one_dimension_and_the_best_of_each_adds_up_to_at_most_100() {
        DecisionTable table = table("lead-score.dmn", "lead-score-table");
        List<String> inputs = table.getInputs().stream()
                .map(input -> input.getInputExpression().getText().getTextContent().trim()).toList();
        int pointsColumn = table.getOutputs().stream().map(Output::getName).toList().indexOf("points");
        Map<String, Integer> bestPerDimension = new TreeMap<>();
        for (Rule rule : table.getRules()) {
            List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
            List<String> tested = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (!entries.get(i).getText().getTextContent().isBlank()) {
                    tested.add(inputs.get(i));
                }
            }
            assertThat(tested).as("inputs tested by " + rule.getId()).hasSize(1);
            int points = Integer.parseInt(new ArrayList<>(rule.getOutputEntries()).get(pointsColumn).getText()
                    .getTextContent().trim());
            assertThat(points).as(rule.getId()).isBetween(0, 100);
            bestPerDimension.merge(tested.get(0), points, Math::max);
        }

        assertThat(bestPerDimension).containsOnlyKeys(INPUTS);
        assertThat(bestPerDimension.values().stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(100);
    }

    @Test
    void a_referred_enterprise_in_machinery_in_the_east_asking_for_a_quote_is_hot() {
        List<Map<String, Object>> rows = engine.evaluateDecisionTable(score,
                lead("Machinery", "ENTERPRISE", "East", "REFERRAL", "HIGH")).getResultList();

        assertThat(rows).hasSize(5);
        assertThat(total(rows)).isGreaterThanOrEqualTo(70);
        assertThat(rate(total(rows))).isEqualTo("HOT");
    }

    @Test
    void a_micro_company_from_an_sms_campaign_outside_our_industries_with_contact_details_only_is_cold() {
        List<Map<String, Object>> rows = engine.evaluateDecisionTable(score,
                lead("Aquaculture", "MICRO", "East", "SMS", "LOW")).getResultList();

        assertThat(total(rows)).isLessThan(40);
        assertThat(rate(total(rows))).isEqualTo("COLD");
    }

    @Test
    void missing_or_empty_inputs_score_nothing_and_do_not_fail() {
        assertThat(engine.evaluateDecisionTable(score, lead(null, null, null, null, null)).getResultList()).isEmpty();
        assertThat(engine.evaluateDecisionTable(score, lead("", "", "", "", "")).getResultList()).isEmpty();
        assertThat(engine.evaluateDecisionTable(score, Map.of()).getResultList()).isEmpty();
        assertThat(engine.evaluateDecisionTable(score, lead("Machinery", null, "", "REFERRAL", null))
                .getResultList()).extracting(row -> row.get("points")).containsExactly(20, 25);
        assertThat(rate(0)).isEqualTo("COLD");
    }

    // lead-rating

    static Stream<Arguments> ratingRows() {
        return Stream.of(
                arguments("rule-rating-cold", 0, "COLD"),
                arguments("rule-rating-cold", 39, "COLD"),
                arguments("rule-rating-warm", 40, "WARM"),
                arguments("rule-rating-warm", 69, "WARM"),
                arguments("rule-rating-hot", 70, "HOT"),
                arguments("rule-rating-hot", 100, "HOT"));
    }

    @ParameterizedTest(name = "score {1} is {2}")
    @MethodSource("ratingRows")
    void the_rating_bands_meet_at_40_and_70(String rule, int points, String expected) {
        assertThat(rate(points)).isEqualTo(expected);
        assertThat(matchedRules).containsExactly(rule);
    }

    // lead-routing

    static Stream<Arguments> routingRows() {
        return Stream.of(
                routingRow("rule-routing-enterprise", "West", "Food", "ENTERPRISE", "east"),
                routingRow("rule-routing-medical", "South", "Medical devices", "MEDIUM", "east"),
                routingRow("rule-routing-east", "East", "Food", "SMALL", "east"),
                routingRow("rule-routing-east", "North", "Machinery", "LARGE", "east"),
                routingRow("rule-routing-west", "West", "Machinery", "LARGE", "west"),
                routingRow("rule-routing-west", "South", "Textiles", "MICRO", "west"),
                routingRow("rule-routing-west", "Central", "Logistics", "MEDIUM", "west"),
                routingRow("rule-routing-default", "Overseas", "Food", "SMALL", "east"),
                routingRow("rule-routing-default", "", "", "", "east"),
                routingRow("rule-routing-default", null, null, null, "east"));
    }

    @ParameterizedTest(name = "{1}, {2}, {3} goes to team {4} by {0}")
    @MethodSource("routingRows")
    void each_routing_row_sends_the_lead_to_its_team(String rule, String region, String industry, String size,
            String team) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("region", region);
        lead.put("industry", industry);
        lead.put("companySize", size);

        Map<String, Object> result = engine.evaluateDecisionTable(routing, lead).getSingleResult().getEntryMap();

        assertThat(matchedRules).first().isEqualTo(rule);
        assertThat(result.get("team")).isEqualTo(team);
        assertThat((String) result.get("reason")).isNotBlank();
    }

    // helpers

    private static Arguments scoreRow(String rule, String input, String value, int points) {
        return arguments(rule, input, value, points);
    }

    private static Arguments routingRow(String rule, String region, String industry, String size, String team) {
        return arguments(rule, region, industry, size, team);
    }

    private static Set<String> caseRules(Stream<Arguments> cases) {
        return cases.map(arguments -> arguments.get()[0])
                .map(String::valueOf)
                .collect(Collectors.toSet());
    }

    private static Map<String, Object> lead(String industry, String companySize, String region, String source,
            String engagement) {
        Map<String, Object> lead = new HashMap<>();
        lead.put("industry", industry);
        lead.put("companySize", companySize);
        lead.put("region", region);
        lead.put("source", source);
        lead.put("engagement", engagement);
        return lead;
    }

    /** What the application does with the fired rows: add up the points and keep the sum within 0-100. */
    private static int total(List<Map<String, Object>> rows) {
        int sum = rows.stream().mapToInt(row -> ((Number) row.get("points")).intValue()).sum();
        return Math.max(0, Math.min(100, sum));
    }

    private static String rate(int points) {
        return engine.evaluateDecisionTable(rating, Map.of("score", points)).getSingleEntry();
    }

    private static DmnDecision decision(String file, String key) throws IOException {
        try (InputStream in = Files.newInputStream(PROCESSES.resolve(file))) {
            return engine.parseDecision(key, in);
        }
    }

    private static DecisionTable table(String file, String id) {
        File dmn = PROCESSES.resolve(file).toFile();
        return Dmn.readModelFromFile(dmn).getModelElementById(id);
    }

    private static List<String> ruleIds(String file, String tableId) {
        return table(file, tableId).getRules().stream().map(Rule::getId).toList();
    }
}
