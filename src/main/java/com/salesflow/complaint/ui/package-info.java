/** Complaint screens: the list with the repurchase chart, the complaint page, and the registration dialog. */
package com.salesflow.complaint.ui;
