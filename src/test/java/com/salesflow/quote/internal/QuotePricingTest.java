package com.salesflow.quote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesflow.quote.internal.QuotePricing.Line;
import com.salesflow.quote.internal.QuotePricing.Totals;
import com.salesflow.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotePricingTest {

    private static final BigDecimal VAT = new BigDecimal("0.13");

    @Test
    void lines_and_header_discount_give_net_tax_total_and_margin_to_the_cent() {
        Totals totals = QuotePricing.price(List.of(
                line("3", "1999.99", "10", "1200.00"),
                line("2.5", "80.00", "0", "50.00")), new BigDecimal("5"), BigDecimal.ZERO);

        // 3 × 1999.99 = 5999.97, less 10 % = 5399.97 (5399.973 rounded); 2.5 × 80 = 200.00
        assertThat(totals.gross()).isEqualByComparingTo("6199.97");
        assertThat(totals.linesNet()).isEqualByComparingTo("5599.97");
        assertThat(totals.headerDiscount()).isEqualByComparingTo("280.00"); // 279.9985
        assertThat(totals.net()).isEqualByComparingTo("5319.97");
        // header discount spread: 5399.97 → 270.00, the last line takes 10.00; tax 13 % of 5129.97 and 190.00
        assertThat(totals.lines().get(0).netAfterHeader()).isEqualByComparingTo("5129.97");
        assertThat(totals.lines().get(1).netAfterHeader()).isEqualByComparingTo("190.00");
        assertThat(totals.tax()).isEqualByComparingTo("691.60"); // 666.8961 → 666.90, 24.70
        assertThat(totals.total()).isEqualByComparingTo("6011.57");
        assertThat(totals.cost()).isEqualByComparingTo("3725.00");
        assertThat(totals.margin()).isEqualByComparingTo("1594.97");
        assertThat(totals.marginPercent()).isEqualByComparingTo("30.0");
        assertThat(totals.maxLineDiscount()).isEqualByComparingTo("10");
        assertThat(totals.totalDiscountPercent()).isEqualByComparingTo("14.2");
    }

    @Test
    void the_lines_always_add_up_to_the_net_whatever_the_rounding() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            lines.add(line("1", "33.33", "0", "1.00"));
        }
        Totals totals = QuotePricing.price(lines, new BigDecimal("3.7"), BigDecimal.ZERO);

        BigDecimal sum = totals.lines().stream().map(QuotePricing.PricedLine::netAfterHeader)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(totals.net());
    }

    @Test
    void bad_lines_are_refused_with_a_field_error_each() {
        assertThatThrownBy(() -> QuotePricing.price(List.of(
                line("0", "10.00", "0", "1.00"),
                line("1", "-1.00", "0", "1.00"),
                line("1", "10.00", "101", "1.00"),
                line("1", "10.00", "-5", "1.00")), new BigDecimal("100.5"), BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("headerDiscountPercent", "lines[0].quantity", "lines[1].unitPrice",
                                "lines[2].discountPercent", "lines[3].discountPercent"));
        assertThatThrownBy(() -> QuotePricing.price(List.of(), BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("lines"));
    }

    @Test
    void a_price_below_cost_is_refused_beyond_the_allowance_only() {
        // cost 100, list 120: 20 % off = 96, 4 % under cost
        List<Line> lines = List.of(line("1", "120.00", "20", "100.00"));

        assertThatThrownBy(() -> QuotePricing.price(lines, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::code).containsExactly("quote.belowCost"));
        assertThat(QuotePricing.price(lines, BigDecimal.ZERO, new BigDecimal("5")).net())
                .isEqualByComparingTo("96.00");
    }

    private static Line line(String quantity, String unitPrice, String discount, String cost) {
        return new Line(new BigDecimal(quantity), new BigDecimal(unitPrice), new BigDecimal(discount),
                new BigDecimal(cost), VAT);
    }
}
