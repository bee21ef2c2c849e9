package com.salesflow.customer.web;

import com.salesflow.customer.CreditProfile;
import com.salesflow.customer.CreditSurvey;
import com.salesflow.customer.CreditSurveyForm;
import com.salesflow.customer.CreditTermsForm;
import com.salesflow.customer.CustomerCredit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A customer's credit under {@code /api/customers/{id}}; scope and roles live in {@link CustomerCredit}. */
@RestController
@Tag(name = "customers")
class CreditController {

    private final CustomerCredit credit;

    CreditController(CustomerCredit credit) {
        this.credit = credit;
    }

    @GetMapping("/api/customers/{id}/credit")
    @Operation(summary = "The customer's credit rating, limit and payment terms")
    CreditProfile profile(@PathVariable long id) {
        return credit.profile(id);
    }

    @PutMapping("/api/customers/{id}/credit")
    @Operation(summary = "Finance sets the credit limit and payment terms; the body's version is the customer's")
    CreditProfile setTerms(@PathVariable long id, @RequestBody CreditTermsForm form) {
        return credit.setTerms(id, form);
    }

    @GetMapping("/api/customers/{id}/credit-surveys")
    @Operation(summary = "The customer's credit surveys, newest first")
    List<CreditSurvey> surveys(@PathVariable long id) {
        return credit.surveys(id);
    }

    @PostMapping("/api/customers/{id}/credit-surveys")
    @Operation(summary = "Record a credit survey (finance): sets the rating and the suggested limit and terms")
    ResponseEntity<CreditProfile> survey(@PathVariable long id, @RequestBody CreditSurveyForm form) {
        CreditProfile profile = credit.survey(id, form);
        return ResponseEntity.created(URI.create("/api/customers/" + id + "/credit")).body(profile);
    }
}
