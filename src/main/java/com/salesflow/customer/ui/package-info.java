/** The Vaadin screens for customers: the list, the shared pool and the customer page with its timeline. */
package com.salesflow.customer.ui;
