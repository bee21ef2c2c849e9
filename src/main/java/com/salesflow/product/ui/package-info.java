/** The catalogue screens: products (with import) and price lists with their items. */
package com.salesflow.product.ui;
