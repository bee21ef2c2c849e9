package com.salesflow.complaint.ui;

/** The customer a screen was opened for (?customer=id), by id and name. */
record CustomerRef(long id, String name) {
}
