/** Contracts and orders (合同与订单): from an accepted quote through approval and signing to deliveries and receivables. */
package com.salesflow.contract;
