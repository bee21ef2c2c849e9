package com.salesflow.customer;

/** How a contact record (联系记录) happened. */
public enum ContactChannel { CALL, VISIT, EMAIL, MEETING, WECHAT, SMS, OTHER }
