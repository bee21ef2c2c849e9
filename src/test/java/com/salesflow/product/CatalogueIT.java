package com.salesflow.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@link Catalogue#priceFor}, as the quote module calls it: the price of a product in a list on a day, and a field
 * error naming the product or the list when it cannot be used. The data is set up through the API as an
 * administrator; the catalogue itself needs no user.
 */
@IntegrationTest
class CatalogueIT {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    Catalogue catalogue;

    private long product;
    private long otherProduct;
    private long inactiveProduct;
    private long list;

    private JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private Http admin() {
        return Http.basic(port, "admin", "demo");
    }

    private long product(String code, String listPrice) {
        return created(admin().postJson("/api/products", """
                {"code":"%s","nameEn":"Drive %s","nameZh":"变频器 %s","unit":"台","listPrice":"%s","cost":"3100",\
                "taxRate":"0.13"}""".formatted(code, code, code, listPrice))).get("id").asLong();
    }

    private long priceList(String name, String validFrom, String validTo) {
        return created(admin().postJson("/api/price-lists", """
                {"name":"%s","validFrom":"%s","validTo":%s}""".formatted(name, validFrom,
                validTo == null ? "null" : "\"" + validTo + "\""))).get("id").asLong();
    }

    private void price(long listId, long productId, String unitPrice) {
        created(admin().postJson("/api/price-lists/" + listId + "/items",
                "{\"productId\":" + productId + ",\"unitPrice\":\"" + unitPrice + "\"}"));
    }

    private static String marker() {
        return "C" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    @BeforeEach
    void catalogue() {
        String m = marker();
        product = product(m + "-1", "4800");
        otherProduct = product(m + "-2", "11800");
        inactiveProduct = product(m + "-3", "3900");
        list = priceList("Catalogue test " + m, "2030-01-01", "2030-12-31");
        price(list, product, "4224");
        price(list, inactiveProduct, "3400");
        long version = catalogue.product(inactiveProduct).orElseThrow().version();
        assertThat(admin().postJson("/api/products/" + inactiveProduct + "/deactivate",
                "{\"version\":" + version + "}").statusCode()).isEqualTo(200);
    }

    private static List<String> errors(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(error -> error.field() + ":" + error.code()).toList();
        }
        throw new AssertionError("Expected field errors, got a price");
    }

    @Test
    void a_valid_list_prices_the_product_with_its_list_price_cost_and_tax_rate() {
        LinePrice price = catalogue.priceFor(product, list, DAY);

        assertThat(price.productId()).isEqualTo(product);
        assertThat(price.priceListId()).isEqualTo(list);
        assertThat(price.unitPrice()).isEqualByComparingTo("4224");
        assertThat(price.listPrice()).isEqualByComparingTo("4800");
        assertThat(price.cost()).isEqualByComparingTo("3100");
        assertThat(price.taxRate()).isEqualByComparingTo(new BigDecimal("0.13"));
        assertThat(price.currency()).isEqualTo("CNY");
        assertThat(price.unit()).isEqualTo("台");
        assertThat(price.nameZh()).startsWith("变频器");
        assertThat(catalogue.priceFor(product, list, LocalDate.of(2030, 1, 1)).unitPrice())
                .as("first day included").isEqualByComparingTo("4224");
        assertThat(catalogue.priceFor(product, list, LocalDate.of(2030, 12, 31)).unitPrice())
                .as("last day included").isEqualByComparingTo("4224");
    }

    @Test
    void an_expired_list_is_refused_on_the_price_list() {
        assertThat(errors(() -> catalogue.priceFor(product, list, LocalDate.of(2031, 1, 1))))
                .containsExactly("priceListId:priceList.expired");
    }

    @Test
    void a_list_that_is_not_valid_yet_is_refused_on_the_price_list() {
        assertThat(errors(() -> catalogue.priceFor(product, list, LocalDate.of(2029, 12, 31))))
                .containsExactly("priceListId:priceList.notYetValid");
    }

    @Test
    void a_product_the_list_does_not_price_is_refused_on_the_product() {
        assertThat(errors(() -> catalogue.priceFor(otherProduct, list, DAY)))
                .containsExactly("productId:priceList.productMissing");
    }

    @Test
    void an_inactive_product_is_refused_even_where_the_list_still_prices_it() {
        assertThat(errors(() -> catalogue.priceFor(inactiveProduct, list, DAY)))
                .containsExactly("productId:product.inactive");
    }

    @Test
    void unknown_products_and_lists_and_a_deactivated_list_are_refused() {
        assertThat(errors(() -> catalogue.priceFor(Long.MAX_VALUE, Long.MAX_VALUE, DAY)))
                .containsExactly("productId:product.unknown", "priceListId:priceList.unknown");
        long version = catalogue.validPriceLists(DAY).stream().filter(valid -> valid.id() == list).findFirst()
                .orElseThrow().version();
        assertThat(admin().postJson("/api/price-lists/" + list + "/deactivate",
                "{\"version\":" + version + "}").statusCode()).isEqualTo(200);
        assertThat(errors(() -> catalogue.priceFor(product, list, DAY)))
                .containsExactly("priceListId:priceList.inactive");
    }

    @Test
    void valid_price_lists_are_the_active_ones_valid_that_day_newest_first() {
        String m = marker();
        long open = priceList("Open-ended " + m, "2030-03-01", null);
        long later = priceList("Later " + m, "2030-07-01", "2030-12-31");

        List<Long> valid = catalogue.validPriceLists(DAY).stream().map(PriceListSummary::id)
                .filter(id -> id == list || id == open || id == later).toList();

        assertThat(valid).containsExactly(open, list);
        assertThat(catalogue.validPriceLists(LocalDate.of(2030, 8, 1)).stream().map(PriceListSummary::id)
                .filter(id -> id == list || id == open || id == later).toList()).containsExactly(later, open, list);
        assertThat(catalogue.validPriceLists(LocalDate.of(2031, 8, 1)).stream().map(PriceListSummary::id)
                .filter(id -> id == list || id == open || id == later).toList()).containsExactly(open);
    }
}
