package com.salesflow.product;

import java.util.List;

/** A price list with its items, by product code. */
public record PriceListDetails(PriceListSummary priceList, List<PriceListItem> items) {
}
