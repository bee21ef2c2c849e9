package com.salesflow.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What quotes need from the catalogue: the price of a product in a price list on a day, and the price lists to offer.
 * Needs no signed-in user (process steps call it too).
 */
public interface Catalogue {

    /**
     * The price a quote line uses on {@code day}: the product's price in that price list. 400 field errors
     * (InvalidInputException, field "productId" or "priceListId") when the product is unknown or inactive, the price
     * list is unknown, inactive, not valid on that day (expired / not yet valid), or does not contain the product.
     */
    LinePrice priceFor(long productId, long priceListId, LocalDate day);

    /**
     * The prices of several lines at once, in the order of {@code productIds} (a product may repeat), as
     * {@link #priceFor} would give them one by one. Field errors name the line: {@code lines[i].productId}; the
     * price list's own problems are {@code priceListId}.
     */
    List<LinePrice> pricesFor(List<Long> productIds, long priceListId, LocalDate day);

    /** The name of a price list, valid or not. */
    Optional<String> priceListName(long priceListId);

    /** Active price lists valid on {@code day}, newest first (latest start of validity first). */
    List<PriceListSummary> validPriceLists(LocalDate day);

    /** The product, active or not, with its cost (quotes compute margins on the server). */
    Optional<ProductSummary> product(long id);

    /** Active products whose code or names contain {@code text}, by code, at most {@code limit}: for line pickers. */
    List<ProductSummary> activeProducts(String text, int limit);
}
