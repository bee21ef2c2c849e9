package com.salesflow.customer;

/** 信用等级 (DOMAIN.md §3.5). */
public enum CreditRating { A, B, C, D }
