package com.salesflow.customer;

/** 客户异议 (DOMAIN.md §6); an EXCUSE often hides the real objection. */
public enum ObjectionType { PRICE, QUALITY, NEED, TIMING, EXCUSE }
