/** {@code /api/products} and {@code /api/price-lists}: the catalogue over HTTP; the services hold rules and rights. */
package com.salesflow.product.web;
