package com.salesflow.customer;

/** 客户分级 (DOMAIN.md §3.1). */
public enum Grade { KEY, POTENTIAL, ORDINARY, RISK }
