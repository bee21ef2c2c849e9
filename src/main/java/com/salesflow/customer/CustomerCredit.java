package com.salesflow.customer;

import java.util.List;

/**
 * Credit (信用) of customers: the credit survey (net assets, total assets, prospects, payment record, each A–D;
 * DOMAIN.md §3.5) sets the customer's credit rating and suggests a credit limit and payment terms from the
 * {@code credit-rating} decision table; finance confirms or changes the limit and terms.
 *
 * <p>Reading follows the customer's scope (404 outside it). Surveys and terms are for finance and admins (403 for
 * others). A stale {@code version} is a 409.
 */
public interface CustomerCredit {

    CreditProfile profile(long customerId);

    /** Records a survey: the rating is set at once, the suggested limit and terms become the customer's. */
    CreditProfile survey(long customerId, CreditSurveyForm form);

    /** Finance sets the limit and payment terms by hand. */
    CreditProfile setTerms(long customerId, CreditTermsForm form);

    /** Newest first. */
    List<CreditSurvey> surveys(long customerId);

    /** The credit of a customer whoever asks (the contract credit check runs for the whole company). */
    CreditProfile creditOf(long customerId);
}
