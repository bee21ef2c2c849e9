package com.salesflow.product.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.product.PriceListForm;
import com.salesflow.product.PriceListStatus;
import com.salesflow.product.ProductForm;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductRulesTest {

    private static ProductForm lathe() {
        ProductForm form = new ProductForm();
        form.setCode(" prd-1001 ");
        form.setNameEn("CNC lathe CK6150");
        form.setNameZh("数控车床 CK6150");
        form.setUnit("台");
        form.setListPrice(new BigDecimal("168000"));
        form.setCost(new BigDecimal("121000.5"));
        return form;
    }

    private static List<String> errors(ProductForm form) {
        List<FieldError> errors = new ArrayList<>();
        ProductRules.product(form, errors);
        return errors.stream().map(error -> error.field() + ":" + error.code()).toList();
    }

    @Test
    void a_complete_product_is_stored_with_its_code_in_capitals_money_with_two_decimals_and_13_percent_vat_in_cny() {
        List<FieldError> errors = new ArrayList<>();

        ProductRules.Values values = ProductRules.product(lathe(), errors);

        assertThat(errors).isEmpty();
        assertThat(values.code()).isEqualTo("PRD-1001");
        assertThat(values.listPrice()).isEqualTo(new BigDecimal("168000.00"));
        assertThat(values.cost()).isEqualTo(new BigDecimal("121000.50"));
        assertThat(values.taxRate()).isEqualTo(new BigDecimal("0.1300"));
        assertThat(values.currency()).isEqualTo("CNY");
        assertThat(values.active()).as("new products start active, edits keep the state").isNull();
    }

    @Test
    void every_missing_field_is_reported_at_once_with_its_code() {
        ProductForm empty = new ProductForm();
        empty.setTaxRate(null);
        empty.setCurrency(" ");

        assertThat(errors(empty)).containsExactly("code:product.codeRequired", "nameEn:product.nameEn",
                "nameZh:product.nameZh", "unit:product.unit", "listPrice:price.required", "cost:price.required",
                "taxRate:product.taxRate");
    }

    @Test
    void prices_are_zero_or_more_with_at_most_two_decimals() {
        ProductForm form = lathe();
        form.setListPrice(new BigDecimal("-1"));
        form.setCost(new BigDecimal("10.005"));
        assertThat(errors(form)).containsExactly("listPrice:price.negative", "cost:price.scale");

        form.setListPrice(BigDecimal.ZERO);
        form.setCost(new BigDecimal("10.500"));
        assertThat(errors(form)).as("trailing zeros are no extra decimals; free samples cost nothing").isEmpty();

        form.setListPrice(new BigDecimal("10000000000000"));
        assertThat(errors(form)).containsExactly("listPrice:price.tooLarge");
    }

    @Test
    void the_tax_rate_is_a_fraction_from_0_to_1() {
        ProductForm form = lathe();
        form.setTaxRate(new BigDecimal("13"));
        assertThat(errors(form)).containsExactly("taxRate:product.taxRate");
        form.setTaxRate(new BigDecimal("-0.01"));
        assertThat(errors(form)).containsExactly("taxRate:product.taxRate");
        form.setTaxRate(new BigDecimal("0.12345"));
        assertThat(errors(form)).containsExactly("taxRate:product.taxRateScale");
        form.setTaxRate(BigDecimal.ZERO);
        assertThat(errors(form)).isEmpty();
        form.setTaxRate(BigDecimal.ONE);
        assertThat(errors(form)).isEmpty();
    }

    @Test
    void codes_are_letters_digits_and_a_few_separators_and_currencies_are_iso_codes() {
        ProductForm form = lathe();
        form.setCode("PRD 1001");
        form.setCurrency("usd");
        List<FieldError> errors = new ArrayList<>();
        ProductRules.Values values = ProductRules.product(form, errors);
        assertThat(errors).extracting(FieldError::code).containsExactly("product.code");
        assertThat(values.currency()).isEqualTo("USD");

        form.setCode("-PRD");
        form.setCurrency("XYZ");
        assertThat(errors(form)).containsExactly("code:product.code", "currency:currency.unknown");

        form.setCode("A".repeat(41));
        form.setCurrency("CNY");
        assertThat(errors(form)).containsExactly("code:product.code");
    }

    @Test
    void names_and_units_have_a_maximum_length() {
        ProductForm form = lathe();
        form.setNameEn("x".repeat(201));
        form.setUnit("u".repeat(21));
        assertThat(errors(form)).containsExactly("nameEn:product.nameTooLong", "unit:product.unitTooLong");
    }

    @Test
    void a_price_list_needs_a_name_and_a_first_day_and_ends_on_or_after_it() {
        PriceListForm form = new PriceListForm();
        List<FieldError> errors = new ArrayList<>();
        ProductRules.priceList(form, errors);
        assertThat(errors).extracting(FieldError::code).containsExactly("priceList.name", "priceList.validFrom");

        form.setName("2026 Standard");
        form.setValidFrom(LocalDate.of(2026, 1, 1));
        form.setValidTo(LocalDate.of(2025, 12, 31));
        errors.clear();
        ProductRules.priceList(form, errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("validTo");

        form.setValidTo(LocalDate.of(2026, 1, 1));
        errors.clear();
        ProductRules.ListValues values = ProductRules.priceList(form, errors);
        assertThat(errors).as("a one-day list is fine").isEmpty();
        assertThat(values.currency()).isEqualTo("CNY");
    }

    @Test
    void a_price_list_is_valid_on_both_its_first_and_last_day_and_deactivation_wins_over_the_dates() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);

        assertThat(PriceList.status(true, from, to, from.minusDays(1))).isEqualTo(PriceListStatus.NOT_YET_VALID);
        assertThat(PriceList.status(true, from, to, from)).isEqualTo(PriceListStatus.VALID);
        assertThat(PriceList.status(true, from, to, to)).isEqualTo(PriceListStatus.VALID);
        assertThat(PriceList.status(true, from, to, to.plusDays(1))).isEqualTo(PriceListStatus.EXPIRED);
        assertThat(PriceList.status(true, from, null, LocalDate.of(2099, 1, 1))).isEqualTo(PriceListStatus.VALID);
        assertThat(PriceList.status(false, from, to, from)).isEqualTo(PriceListStatus.INACTIVE);
    }
}
