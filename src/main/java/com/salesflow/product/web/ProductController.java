package com.salesflow.product.web;

import com.salesflow.product.ProductFilter;
import com.salesflow.product.ProductForm;
import com.salesflow.product.ProductSummary;
import com.salesflow.product.Products;
import com.salesflow.shared.PageResult;
import com.salesflow.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/products}: everyone signed in reads; administrators write (403 from the service otherwise). */
@RestController
@Tag(name = "products")
class ProductController {

    private static final List<String> SORTABLE = List.of("code", "nameEn", "nameZh", "unit", "listPrice",
            "updatedAt");

    /** The caller's version of the product, so that two administrators do not overwrite each other (409). */
    record Version(long version) {
    }

    private final Products products;

    ProductController(Products products) {
        this.products = products;
    }

    @GetMapping("/api/products")
    @Operation(summary = "Products; q searches code and both names, active=true|false filters; by code by default")
    PageResult<ProductSummary> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "code") String sort) {
        return PageResult.of(products.list(new ProductFilter(q, active), Paging.pageable(page, size, sort, SORTABLE,
                "id")), product -> product);
    }

    @GetMapping("/api/products/{id}")
    ProductSummary get(@PathVariable long id) {
        return products.get(id);
    }

    @PostMapping("/api/products")
    @Operation(summary = "Create a product (admins); 400 with field errors, 409 when the code is taken")
    ResponseEntity<ProductSummary> create(@RequestBody ProductForm form) {
        ProductSummary created = products.create(form);
        return ResponseEntity.created(URI.create("/api/products/" + created.id())).body(created);
    }

    @PutMapping("/api/products/{id}")
    @Operation(summary = "Update a product (admins); the body's version must be the current one (else 409)")
    ProductSummary update(@PathVariable long id, @RequestBody ProductForm form) {
        return products.update(id, form);
    }

    @PostMapping("/api/products/{id}/deactivate")
    @Operation(summary = "No longer offer the product (admins); quotes that have it keep it")
    ProductSummary deactivate(@PathVariable long id, @RequestBody Version version) {
        return products.setActive(id, false, version.version());
    }

    @PostMapping("/api/products/{id}/activate")
    ProductSummary activate(@PathVariable long id, @RequestBody Version version) {
        return products.setActive(id, true, version.version());
    }
}
