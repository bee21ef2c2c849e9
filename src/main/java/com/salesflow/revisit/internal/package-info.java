/** Revisit and greeting records, the services, and the steps and delegates the revisit and greeting processes call. */
package com.salesflow.revisit.internal;
