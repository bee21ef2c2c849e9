/** The Vaadin screens for contracts: the contract list and the contract page with its dialogs. */
package com.salesflow.contract.ui;
