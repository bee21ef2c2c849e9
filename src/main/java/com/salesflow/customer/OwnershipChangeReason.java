package com.salesflow.customer;

public enum OwnershipChangeReason { CREATED, RELEASED, REASSIGNED, CLAIMED, RECYCLED, MERGED, IMPORTED }
