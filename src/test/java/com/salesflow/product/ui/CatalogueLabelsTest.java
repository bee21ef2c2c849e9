package com.salesflow.product.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CatalogueLabelsTest {

    @Test
    void tax_rates_show_as_percent_without_trailing_zeros() {
        assertThat(CatalogueLabels.percent(new BigDecimal("0.1300"))).isEqualTo("13%");
        assertThat(CatalogueLabels.percent(new BigDecimal("0.0650"))).isEqualTo("6.5%");
        assertThat(CatalogueLabels.percent(new BigDecimal("0.0000"))).isEqualTo("0%");
        assertThat(CatalogueLabels.percent(null)).isEmpty();
    }

    @Test
    void a_price_shows_how_far_it_lies_below_or_above_the_list_price() {
        assertThat(CatalogueLabels.difference(new BigDecimal("880.00"), new BigDecimal("1000.00"))).isEqualTo("−12%");
        assertThat(CatalogueLabels.difference(new BigDecimal("1050.00"), new BigDecimal("1000.00"))).isEqualTo("+5%");
        assertThat(CatalogueLabels.difference(new BigDecimal("1000.00"), new BigDecimal("1000.00"))).isEqualTo("0%");
        assertThat(CatalogueLabels.difference(new BigDecimal("10.00"), BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void the_dialog_shows_tax_rates_in_plain_percent() {
        assertThat(ProductDialog.percent(new BigDecimal("0.1000")).toString()).isEqualTo("10");
        assertThat(ProductDialog.percent(new BigDecimal("0.1300")).toString()).isEqualTo("13");
        assertThat(ProductDialog.percent(new BigDecimal("0.0650")).toString()).isEqualTo("6.5");
        assertThat(ProductDialog.percent(new BigDecimal("0.0000")).toString()).isEqualTo("0");
    }
}
