/** The REST API of complaints ({@code /api/complaints}): register, list, details, take, resolve, confirm, report. */
package com.salesflow.complaint.web;
