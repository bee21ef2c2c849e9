package com.salesflow.customer;

public enum CustomerType { COMPANY, PERSON }
