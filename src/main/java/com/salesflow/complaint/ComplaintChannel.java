package com.salesflow.complaint;

/** How the complaint reached us. {@code REVISIT}: raised in a post-sale revisit. */
public enum ComplaintChannel {
    PHONE, EMAIL, VISIT, WECHAT, WEB, REVISIT, API
}
