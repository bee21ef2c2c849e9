/** Complaints' records, the service, and the process side of {@code complaint-handling}. */
package com.salesflow.complaint.internal;
