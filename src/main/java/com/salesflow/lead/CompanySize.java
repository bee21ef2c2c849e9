package com.salesflow.lead;

/** Staff head count bands: MICRO under 10, SMALL 10–49, MEDIUM 50–249, LARGE 250–999, ENTERPRISE 1000 and more. */
public enum CompanySize { MICRO, SMALL, MEDIUM, LARGE, ENTERPRISE }
