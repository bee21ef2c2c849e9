/** {@code /api/revisits}. */
package com.salesflow.revisit.web;
