/** The Vaadin screens for quotes: the list of quote versions and the quote page with its editor and approval trail. */
package com.salesflow.quote.ui;
