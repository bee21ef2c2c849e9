/** {@code /api/products} and {@code /api/price-lists}: the catalogue over HTTP; rules and permissions are the services'. */
package com.salesflow.product.web;
