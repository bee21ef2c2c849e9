/** The REST API of contracts ({@code /api/contracts}): lists, details, plan, signature, deliveries and payments. */
package com.salesflow.contract.web;
