/** Products, price lists and their items: entities, repositories, services, the import rows and the demo catalogue. */
package com.salesflow.product.internal;
