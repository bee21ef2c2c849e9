package com.salesflow.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.identity.Roles;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Credit surveys and terms (issue 9) with the real decision table, database, users and HTTP API. */
@IntegrationTest
class CreditIT {

    @LocalServerPort
    int port;

    @Autowired
    Customers customers;

    @Autowired
    CustomerCredit credit;

    @Autowired
    ObjectMapper json;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_survey_sets_the_rating_limit_and_terms_the_table_suggests_and_keeps_the_history() {
        long id = customerOf("sales1");

        CreditProfile good = as("finance", Roles.FINANCE, () -> credit.survey(id, new CreditSurveyForm(
                CreditRating.A, CreditRating.A, CreditRating.B, CreditRating.A, "  Audited accounts 2025  ",
                credit.profile(id).version())));

        assertThat(good.rating()).isEqualTo(CreditRating.A);
        assertThat(good.creditLimit()).isEqualByComparingTo("500000");
        assertThat(good.paymentTermsDays()).isEqualTo(60);
        assertThat(good.reviewedBy()).isEqualTo("finance");
        assertThat(good.reviewedAt()).isNotNull();
        CustomerDetails details = as("sales1", Roles.SALES, () -> customers.get(id));
        assertThat(details.creditRating()).isEqualTo(CreditRating.A);
        assertThat(details.creditLimit()).isEqualByComparingTo("500000");
        assertThat(details.paymentTermDays()).isEqualTo(60);
        assertThat(details.version()).isEqualTo(good.version());

        CreditProfile risky = as("admin", Roles.ADMINS, () -> credit.survey(id, new CreditSurveyForm(
                CreditRating.A, CreditRating.A, CreditRating.A, CreditRating.D, null, good.version())));

        assertThat(risky.rating()).isEqualTo(CreditRating.D);
        assertThat(risky.creditLimit()).isEqualByComparingTo("0");
        assertThat(risky.paymentTermsDays()).isZero();
        assertThat(risky.reviewedBy()).isEqualTo("admin");
        List<CreditSurvey> history = as("sales1", Roles.SALES, () -> credit.surveys(id));
        assertThat(history).extracting(CreditSurvey::rating).containsExactly(CreditRating.D, CreditRating.A);
        assertThat(history.get(1).note()).isEqualTo("Audited accounts 2025");
        assertThat(history.get(1).suggestedLimit()).isEqualByComparingTo("500000");
        assertThat(history.get(1).suggestedTermsDays()).isEqualTo(60);
        assertThat(history.get(1).surveyedBy()).isEqualTo("finance");
        assertThat(history.get(0).paymentRecord()).isEqualTo(CreditRating.D);
        assertThat(as("sales3", Roles.SALES, () -> credit.creditOf(id)).rating()).isEqualTo(CreditRating.D);
    }

    @Test
    void finance_sets_the_terms_by_hand_and_the_rating_stays() {
        long id = customerOf("sales1");
        CreditProfile surveyed = as("finance", Roles.FINANCE, () -> credit.survey(id, new CreditSurveyForm(
                CreditRating.B, CreditRating.B, CreditRating.B, CreditRating.B, null, credit.profile(id).version())));
        assertThat(surveyed.rating()).isEqualTo(CreditRating.B);
        assertThat(surveyed.creditLimit()).isEqualByComparingTo("200000");

        CreditProfile terms = as("finance", Roles.FINANCE, () -> credit.setTerms(id,
                new CreditTermsForm(new BigDecimal("350000.50"), 45, surveyed.version())));

        assertThat(terms.rating()).isEqualTo(CreditRating.B);
        assertThat(terms.creditLimit()).isEqualByComparingTo("350000.50");
        assertThat(terms.paymentTermsDays()).isEqualTo(45);
        assertThat(as("finance", Roles.FINANCE, () -> credit.surveys(id))).hasSize(1);
    }

    @Test
    void salespeople_may_read_their_customers_credit_but_not_survey_it_and_see_nothing_outside_their_scope() {
        long id = customerOf("sales1");
        long version = as("sales1", Roles.SALES, () -> credit.profile(id)).version();

        assertThat(as("sales1", Roles.SALES, () -> credit.profile(id)).rating()).isNull();
        assertThatThrownBy(() -> as("sales1", Roles.SALES, () -> credit.survey(id, new CreditSurveyForm(
                CreditRating.A, CreditRating.A, CreditRating.A, CreditRating.A, null, version))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("supervisor", Roles.SUPERVISORS, () -> credit.setTerms(id,
                new CreditTermsForm(BigDecimal.TEN, 30, version)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("sales3", Roles.SALES, () -> credit.profile(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("sales3", Roles.SALES, () -> credit.surveys(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("sales3", Roles.SALES, () -> credit.survey(id, new CreditSurveyForm(
                CreditRating.A, CreditRating.A, CreditRating.A, CreditRating.A, null, version))))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("finance", Roles.FINANCE, () -> credit.profile(id)).rating()).isNull();
        assertThat(as("finance", Roles.FINANCE, () -> credit.surveys(id))).isEmpty();
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        long id = customerOf("sales1");
        long version = as("finance", Roles.FINANCE, () -> credit.profile(id)).version();

        assertThatThrownBy(() -> as("finance", Roles.FINANCE, () -> credit.survey(id, new CreditSurveyForm(
                null, CreditRating.A, null, null, "x".repeat(1001), version))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("netAssets", "prospects", "paymentRecord", "note"));
        assertThatThrownBy(() -> as("finance", Roles.FINANCE, () -> credit.setTerms(id,
                new CreditTermsForm(new BigDecimal("-1"), 366, version))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("creditLimit", "paymentTermsDays"));
        assertThatThrownBy(() -> as("finance", Roles.FINANCE, () -> credit.setTerms(id,
                new CreditTermsForm(new BigDecimal("12345678901234"), null, version))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("creditLimit", "paymentTermsDays"));
        assertThatThrownBy(() -> as("finance", Roles.FINANCE, () -> credit.setTerms(id,
                new CreditTermsForm(new BigDecimal("1.005"), 0, version))))
                .isInstanceOf(InvalidInputException.class);

        CreditProfile unchanged = as("finance", Roles.FINANCE, () -> credit.profile(id));
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(unchanged.rating()).isNull();
        assertThat(unchanged.reviewedAt()).isNull();
        assertThat(as("finance", Roles.FINANCE, () -> credit.surveys(id))).isEmpty();

        CreditProfile largest = as("finance", Roles.FINANCE, () -> credit.setTerms(id,
                new CreditTermsForm(new BigDecimal("9999999999999.99"), 365, version)));
        assertThat(largest.creditLimit()).isEqualByComparingTo("9999999999999.99");
    }

    @Test
    void a_survey_or_terms_on_a_stale_version_conflict_and_change_nothing() {
        long id = customerOf("sales1");
        long stale = as("finance", Roles.FINANCE, () -> credit.profile(id)).version();
        as("sales1", Roles.SALES, () -> {
            CustomerForm renamed = CustomerForm.of(customers.get(id));
            renamed.setName(renamed.getName() + " renamed");
            return customers.update(id, renamed);
        });

        assertThatThrownBy(() -> as("finance", Roles.FINANCE, () -> credit.survey(id, new CreditSurveyForm(
                CreditRating.A, CreditRating.A, CreditRating.A, CreditRating.A, null, stale))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ConflictException.STALE));
        assertThatThrownBy(() -> as("finance", Roles.FINANCE, () -> credit.setTerms(id,
                new CreditTermsForm(BigDecimal.ONE, 30, stale)))).isInstanceOf(ConflictException.class);
        assertThat(as("finance", Roles.FINANCE, () -> credit.surveys(id))).isEmpty();
        assertThat(as("finance", Roles.FINANCE, () -> credit.profile(id)).rating()).isNull();
    }

    @Test
    void only_finance_changes_the_credit_through_the_profile_too() {
        long id = customerOf("sales1");
        as("finance", Roles.FINANCE, () -> credit.survey(id, new CreditSurveyForm(CreditRating.C, CreditRating.C,
                CreditRating.C, CreditRating.C, null, credit.profile(id).version())));

        assertThatThrownBy(() -> as("sales1", Roles.SALES, () -> {
            CustomerForm raised = CustomerForm.of(customers.get(id));
            raised.setCreditRating(CreditRating.A);
            raised.setCreditLimit(new BigDecimal("9000000"));
            raised.setPaymentTermDays(120);
            return customers.update(id, raised);
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("creditRating", "creditLimit", "paymentTermDays"));

        CustomerDetails renamed = as("sales1", Roles.SALES, () -> {
            CustomerForm form = CustomerForm.of(customers.get(id));
            form.setName(form.getName() + " renamed");
            form.setCreditLimit(new BigDecimal("50000.0"));
            return customers.update(id, form);
        });
        assertThat(renamed.creditRating()).isEqualTo(CreditRating.C);
        assertThat(renamed.creditLimit()).isEqualByComparingTo("50000");

        CustomerDetails byFinance = as("finance", Roles.FINANCE, () -> {
            CustomerForm form = CustomerForm.of(customers.get(id));
            form.setPaymentTermDays(20);
            return customers.update(id, form);
        });
        assertThat(byFinance.paymentTermDays()).isEqualTo(20);
    }

    @Test
    void merging_keeps_the_surveys_of_the_duplicate() {
        long keep = customerOf("sales1");
        long duplicate = customerOf("sales1");
        as("finance", Roles.FINANCE, () -> credit.survey(duplicate, new CreditSurveyForm(CreditRating.C,
                CreditRating.C, CreditRating.C, CreditRating.C, null, credit.profile(duplicate).version())));

        CustomerDetails merged = as("supervisor", Roles.SUPERVISORS, () -> customers.merge(keep,
                customers.get(keep).version(), duplicate, customers.get(duplicate).version()));

        assertThat(merged.creditRating()).isEqualTo(CreditRating.C);
        assertThat(as("finance", Roles.FINANCE, () -> credit.surveys(keep))).extracting(CreditSurvey::customerId)
                .containsExactly(keep);
        assertThat(as("finance", Roles.FINANCE, () -> credit.profile(keep)).reviewedBy()).isEqualTo("finance");
    }

    @Test
    void the_rest_api_reads_surveys_and_sets_credit_with_http_basic() throws Exception {
        long id = customerOf("sales1");
        Http finance = Http.basic(port, "finance", "demo");
        long version = body(finance.get("/api/customers/" + id + "/credit")).get("version").asLong();

        HttpResponse<String> created = finance.postJson("/api/customers/" + id + "/credit-surveys", """
                {"netAssets":"B","totalAssets":"B","prospects":"C","paymentRecord":"C","note":"Site visit",
                 "version":%d}""".formatted(version));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/customers/" + id + "/credit");
        JsonNode profile = body(created);
        assertThat(profile.get("rating").asText()).isEqualTo("C");
        assertThat(profile.get("creditLimit").asText()).isEqualTo("50000.00");
        assertThat(profile.get("paymentTermsDays").asInt()).isEqualTo(15);

        HttpResponse<String> terms = finance.putJson("/api/customers/" + id + "/credit",
                "{\"creditLimit\":\"80000\",\"paymentTermsDays\":30,\"version\":%d}"
                        .formatted(profile.get("version").asLong()));
        assertThat(terms.statusCode()).as(terms.body()).isEqualTo(200);
        assertThat(body(terms).get("creditLimit").asText()).isEqualTo("80000.00");

        Http sales1 = Http.basic(port, "sales1", "demo");
        JsonNode surveys = body(sales1.get("/api/customers/" + id + "/credit-surveys"));
        assertThat(surveys).hasSize(1);
        assertThat(surveys.get(0).get("rating").asText()).isEqualTo("C");
        assertThat(surveys.get(0).get("suggestedLimit").asText()).isEqualTo("50000.00");
        assertThat(body(sales1.get("/api/customers/" + id + "/credit")).get("creditLimit").asText())
                .isEqualTo("80000.00");
        assertThat(body(sales1.get("/api/customers/" + id)).get("creditRating").asText()).isEqualTo("C");

        HttpResponse<String> forbidden = sales1.postJson("/api/customers/" + id + "/credit-surveys", """
                {"netAssets":"A","totalAssets":"A","prospects":"A","paymentRecord":"A","version":0}""");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(Http.basic(port, "sales3", "demo").get("/api/customers/" + id + "/credit").statusCode())
                .isEqualTo(404);

        HttpResponse<String> invalid = finance.postJson("/api/customers/" + id + "/credit-surveys",
                "{\"netAssets\":\"A\",\"version\":%d}".formatted(body(terms).get("version").asLong()));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(body(invalid).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("totalAssets", "prospects", "paymentRecord");

        HttpResponse<String> stale = finance.putJson("/api/customers/" + id + "/credit",
                "{\"creditLimit\":\"1\",\"paymentTermsDays\":30,\"version\":%d}".formatted(version));
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    private long customerOf(String owner) {
        return as(owner, Roles.SALES, () -> {
            CustomerForm form = new CustomerForm();
            form.setType(CustomerType.COMPANY);
            form.setName("Credit Test " + Long.toString(System.nanoTime(), 36));
            form.setSource(Source.REFERRAL);
            form.setGrade(Grade.ORDINARY);
            form.setLifecycle(Lifecycle.PROSPECT);
            return customers.create(form).id();
        });
    }

    private static <T> T as(String username, String role, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }
}
