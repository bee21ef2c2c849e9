package com.salesflow.product.web;

import com.salesflow.product.Catalogue;
import com.salesflow.product.LinePrice;
import com.salesflow.product.PriceListDetails;
import com.salesflow.product.PriceListForm;
import com.salesflow.product.PriceListItem;
import com.salesflow.product.PriceListSummary;
import com.salesflow.product.PriceLists;
import com.salesflow.product.Products;
import com.salesflow.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/price-lists}: everyone signed in reads; administrators and directors write (403 from the service
 * otherwise).
 */
@RestController
@Tag(name = "price lists")
class PriceListController {

    record Version(long version) {
    }

    /** A product's price in a list; {@code version} only when changing an item. */
    record Item(Long productId, BigDecimal unitPrice, Long version) {
    }

    private final PriceLists priceLists;
    private final Catalogue catalogue;
    private final Products products;
    private final Clock clock;

    PriceListController(PriceLists priceLists, Catalogue catalogue, Products products, Clock clock) {
        this.priceLists = priceLists;
        this.catalogue = catalogue;
        this.products = products;
        this.clock = clock;
    }

    @GetMapping("/api/price-lists")
    @Operation(summary = "Price lists, newest validity first; q searches the name; validOn=yyyy-mm-dd keeps the "
            + "active lists valid that day")
    PageResult<PriceListSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validOn) {
        // A company has a handful of price lists: one page holds them all.
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<PriceListSummary> all = validOn != null ? catalogue.validPriceLists(validOn).stream()
                .filter(list -> list.name().toLowerCase(Locale.ROOT).contains(text)).toList()
                : priceLists.list(q, active);
        return new PageResult<>(all, 0, all.size(), all.size(), false);
    }

    @GetMapping("/api/price-lists/{id}")
    @Operation(summary = "A price list with its items")
    PriceListDetails get(@PathVariable long id) {
        return priceLists.get(id);
    }

    @PostMapping("/api/price-lists")
    ResponseEntity<PriceListSummary> create(@RequestBody PriceListForm form) {
        PriceListSummary created = priceLists.create(form);
        return ResponseEntity.created(URI.create("/api/price-lists/" + created.id())).body(created);
    }

    @PutMapping("/api/price-lists/{id}")
    @Operation(summary = "Update name, currency, validity; the body's version must be the current one (else 409)")
    PriceListSummary update(@PathVariable long id, @RequestBody PriceListForm form) {
        return priceLists.update(id, form);
    }

    @PostMapping("/api/price-lists/{id}/deactivate")
    PriceListSummary deactivate(@PathVariable long id, @RequestBody Version version) {
        return priceLists.setActive(id, false, version.version());
    }

    @PostMapping("/api/price-lists/{id}/activate")
    PriceListSummary activate(@PathVariable long id, @RequestBody Version version) {
        return priceLists.setActive(id, true, version.version());
    }

    @PostMapping("/api/price-lists/{id}/items")
    @Operation(summary = "Price a product in the list: {productId, unitPrice}")
    ResponseEntity<PriceListItem> addItem(@PathVariable long id, @RequestBody Item item) {
        PriceListItem created = priceLists.addItem(id, item.productId() == null ? 0 : item.productId(),
                item.unitPrice());
        return ResponseEntity.created(URI.create("/api/price-lists/" + id + "/items/" + created.id())).body(created);
    }

    @PutMapping("/api/price-lists/{id}/items/{itemId}")
    @Operation(summary = "Change a price: {unitPrice, version}")
    PriceListItem updateItem(@PathVariable long id, @PathVariable long itemId, @RequestBody Item item) {
        return priceLists.updateItem(id, itemId, item.unitPrice(), item.version() == null ? -1 : item.version());
    }

    @DeleteMapping("/api/price-lists/{id}/items/{itemId}")
    ResponseEntity<Void> removeItem(@PathVariable long id, @PathVariable long itemId) {
        priceLists.removeItem(id, itemId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/price-lists/{id}/prices/{productId}")
    @Operation(summary = "The price a quote line gets on a day (default today); 400 when the list is not valid then "
            + "or lacks the product")
    LinePrice price(@PathVariable long id, @PathVariable long productId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        LinePrice price = catalogue.priceFor(productId, id, day == null ? LocalDate.now(clock) : day);
        // The Java API gives quotes the cost for margins; over HTTP it is shown as the product list shows it.
        return products.maySeeCost() ? price : new LinePrice(price.productId(), price.code(), price.nameEn(),
                price.nameZh(), price.unit(), price.unitPrice(), price.listPrice(), null, price.taxRate(),
                price.currency(), price.priceListId());
    }
}
