package com.salesflow.contract;

public enum OrderStatus {
    OPEN, DELIVERED, CANCELLED
}
