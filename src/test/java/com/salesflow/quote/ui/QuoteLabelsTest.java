package com.salesflow.quote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.quote.QuoteTotals;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuoteLabelsTest {

    @Test
    void percentages_and_quantities_show_without_the_stored_trailing_zeros() {
        assertThat(QuoteLabels.percent(new BigDecimal("25.000"))).isEqualTo("25 %");
        assertThat(QuoteLabels.percent(new BigDecimal("12.50"))).isEqualTo("12.5 %");
        assertThat(QuoteLabels.percent(new BigDecimal("100.00"))).isEqualTo("100 %");
        assertThat(QuoteLabels.percent(null)).isEmpty();
        assertThat(QuoteLabels.quantity(new BigDecimal("4.000"))).isEqualTo("4");
        assertThat(QuoteLabels.quantity(new BigDecimal("2.500"))).isEqualTo("2.5");
    }

    @Test
    void money_has_two_decimals_with_the_currency_in_front() {
        QuoteLabels labels = new QuoteLabels(null, Locale.ENGLISH, null);
        assertThat(labels.money(new BigDecimal("3390"), "CNY")).isEqualTo("CNY 3,390.00");
        assertThat(labels.money(new BigDecimal("-100.5"), "EUR")).isEqualTo("EUR -100.50");
        assertThat(labels.money(null, "CNY")).isEmpty();
    }

    @Test
    void the_overall_discount_percentage_is_read_back_from_the_amount_taken_off_the_lines() {
        assertThat(QuoteView.headerDiscountPercent(totals("2000.00", "100.00"))).isEqualTo(new BigDecimal("5"));
        // 3 % of 1234.56 is 37.04 after rounding to the cent: still 3 %.
        assertThat(QuoteView.headerDiscountPercent(totals("1234.56", "37.04"))).isEqualTo(new BigDecimal("3"));
        assertThat(QuoteView.headerDiscountPercent(totals("1000.00", "125.00"))).isEqualTo(new BigDecimal("12.5"));
        assertThat(QuoteView.headerDiscountPercent(totals("1000.00", "0.00"))).isEqualTo(BigDecimal.ZERO);
        assertThat(QuoteView.headerDiscountPercent(totals("0.00", "0.00"))).isEqualTo(BigDecimal.ZERO);
    }

    private static QuoteTotals totals(String linesNet, String headerDiscount) {
        BigDecimal net = new BigDecimal(linesNet).subtract(new BigDecimal(headerDiscount));
        return new QuoteTotals(new BigDecimal(linesNet), new BigDecimal(linesNet), new BigDecimal(headerDiscount), net,
                BigDecimal.ZERO, net, null, null, null, BigDecimal.ZERO, BigDecimal.ZERO);
    }
}
