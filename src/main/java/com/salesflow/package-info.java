/** Salesflow, a workflow-driven sales platform: each top-level package is one feature module. */
package com.salesflow;
