package com.salesflow.product;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The product catalogue (产品目录). Everyone signed in reads it; only administrators create, change, deactivate and
 * import products (403 for anyone else). Products are never deleted: quotes refer to them; a product that is no
 * longer sold is deactivated.
 */
public interface Products {

    /**
     * Products matching the filter. {@code cost} is shown to administrators, directors, supervisors (they approve
     * quotes by margin) and finance; others get it as null.
     */
    Page<ProductSummary> list(ProductFilter filter, Pageable pageable);

    long count(ProductFilter filter);

    /** 404 when unknown; cost as in {@link #list}. */
    ProductSummary get(long id);

    /** 400 with every field error; 409 {@code product.codeTaken} when another product has the code. */
    ProductSummary create(ProductForm form);

    /** As {@link #create}, and 409 {@code conflict.stale} unless {@code form.version} is the current one. */
    ProductSummary update(long id, ProductForm form);

    /** Deactivates (no longer offered in new quotes or added to price lists) or reactivates the product. */
    ProductSummary setActive(long id, boolean active, long version);

    /** Whether the signed-in user may create and change products, so that screens offer only what the server allows. */
    boolean mayMaintain();

    /** Whether the signed-in user sees costs. */
    boolean maySeeCost();
}
