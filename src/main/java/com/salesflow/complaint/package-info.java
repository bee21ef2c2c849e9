/** Complaints (客户投诉): registered from a revisit, the customer page or the API, handled within an SLA by severity. */
package com.salesflow.complaint;
