package com.salesflow.product;

import java.math.BigDecimal;
import java.util.List;

/**
 * Price lists (价格表) with validity and their items. Everyone signed in reads them; administrators and directors
 * (who set prices and approve discounts) maintain them (403 for anyone else).
 */
public interface PriceLists {

    /**
     * Price lists whose name contains {@code text}, optionally only active or inactive ones; newest validity first.
     * A company has a handful, so there is no paging.
     */
    List<PriceListSummary> list(String text, Boolean active);

    /** The list with its items; 404 when unknown. */
    PriceListDetails get(long id);

    /** 400 with every field error; 409 {@code priceList.nameTaken} when another list has the name. */
    PriceListSummary create(PriceListForm form);

    /** As {@link #create}, and 409 {@code conflict.stale} unless {@code form.version} is the current one. */
    PriceListSummary update(long id, PriceListForm form);

    PriceListSummary setActive(long id, boolean active, long version);

    /**
     * Prices a product in the list: 400 when the product is unknown, inactive, of another currency or already in the
     * list, or the price is missing or negative.
     */
    PriceListItem addItem(long priceListId, long productId, BigDecimal unitPrice);

    /** 409 {@code conflict.stale} unless {@code version} is the item's current one. */
    PriceListItem updateItem(long priceListId, long itemId, BigDecimal unitPrice, long version);

    void removeItem(long priceListId, long itemId);

    boolean mayMaintain();
}
