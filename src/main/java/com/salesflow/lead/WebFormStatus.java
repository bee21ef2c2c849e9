package com.salesflow.lead;

/** Whether a web form's key is accepted: active; disabled for now (can be enabled again); revoked for good. */
public enum WebFormStatus {
    ACTIVE, DISABLED, REVOKED
}
