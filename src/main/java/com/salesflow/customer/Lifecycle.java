package com.salesflow.customer;

/** 客户分类 (DOMAIN.md §3.3). */
public enum Lifecycle { PROSPECT, NEW, RETURNING, LOST }
