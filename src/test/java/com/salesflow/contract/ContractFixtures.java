package com.salesflow.contract;

import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CreditSurveyForm;
import com.salesflow.customer.CreditTermsForm;
import com.salesflow.customer.CustomerCredit;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Customers;
import com.salesflow.opportunity.NewOpportunity;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.product.PriceListForm;
import com.salesflow.product.PriceLists;
import com.salesflow.product.ProductForm;
import com.salesflow.product.Products;
import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.QuoteForm;
import com.salesflow.quote.QuoteLineForm;
import com.salesflow.quote.Quotes;
import com.salesflow.quote.SendForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Named factories for contract tests: a customer of {@code sales1} with a chosen credit, and a quote of it accepted
 * by the customer, which starts {@code contract-approval}. A product at 1000 with 13 % VAT and no discount, so a
 * quote of {@code quantity} pieces totals {@code quantity × 1130}.
 */
@Component
public class ContractFixtures {

    private final Customers customers;
    private final CustomerCredit credit;
    private final Opportunities opportunities;
    private final Products products;
    private final PriceLists priceLists;
    private final Quotes quotes;
    private final Contracts contracts;
    private final UserDetailsService users;

    ContractFixtures(Customers customers, CustomerCredit credit, Opportunities opportunities, Products products,
            PriceLists priceLists, Quotes quotes, Contracts contracts, UserDetailsService users) {
        this.customers = customers;
        this.credit = credit;
        this.opportunities = opportunities;
        this.products = products;
        this.priceLists = priceLists;
        this.quotes = quotes;
        this.contracts = contracts;
        this.users = users;
    }

    public void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static String unique() {
        return Long.toString(System.nanoTime()).substring(5);
    }

    /** A company of sales1; rated by a finance survey with all four answers {@code rating}, or unrated when null. */
    public long customer(CreditRating rating) {
        signIn("sales1");
        CustomerForm form = new CustomerForm();
        form.setType(CustomerType.COMPANY);
        form.setName("Contract Test Works " + unique());
        form.setPhone("+86 21 " + unique().substring(0, 8));
        long id = customers.create(form).id();
        if (rating != null) {
            signIn("finance");
            long version = credit.profile(id).version();
            credit.survey(id, new CreditSurveyForm(rating, rating, rating, rating, null, version));
        }
        return id;
    }

    /** Sets the limit by hand (finance), keeping the rating. */
    public void creditLimit(long customerId, String limit) {
        signIn("finance");
        credit.setTerms(customerId, new CreditTermsForm(new BigDecimal(limit), 30,
                credit.profile(customerId).version()));
    }

    /** sales1 quotes {@code quantity} pieces at 1000 to the customer; it is approved (no discount), sent, accepted. */
    public QuoteDetails acceptedQuote(long customerId, int quantity, Integer paymentDays) {
        signIn("admin");
        String code = "HT-IT-" + unique();
        ProductForm product = new ProductForm();
        product.setCode(code);
        product.setNameEn("Contract test pump " + code);
        product.setNameZh("合同测试泵 " + code);
        product.setUnit("pc");
        product.setListPrice(new BigDecimal("1000.00"));
        product.setCost(new BigDecimal("500.00"));
        long productId = products.create(product).id();
        PriceListForm list = new PriceListForm();
        list.setName("Contract IT " + code);
        list.setValidFrom(LocalDate.now().minusDays(1));
        long priceListId = priceLists.create(list).id();
        priceLists.addItem(priceListId, productId, new BigDecimal("1000.00"));
        signIn("sales1");
        long opportunityId = opportunities.open(new NewOpportunity(customerId, "Pumps " + code,
                new BigDecimal(quantity * 1000L), null, null, "sales1", null)).id();
        QuoteDetails draft = quotes.create(new QuoteForm(opportunityId, priceListId, List.of(new QuoteLineForm(
                productId, BigDecimal.valueOf(quantity), BigDecimal.ZERO)), null, null, paymentDays,
                "Standard terms.", "en", null));
        QuoteDetails submitted = quotes.submit(draft.id(), draft.summary().version());
        quotes.send(submitted.id(), new SendForm(SendForm.SendMethod.HANDED, null, null));
        return quotes.accept(submitted.id());
    }

    /** The contract drafted from an accepted quote, as sales1 sees it. */
    public ContractDetails contractOf(QuoteDetails quote) {
        signIn("sales1");
        return contracts.get(contracts.ofQuote(quote.id()).orElseThrow().id());
    }

    /** A small PDF, as a scanner would give it. */
    public static SignedCopy pdf() {
        return new SignedCopy("signed.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
