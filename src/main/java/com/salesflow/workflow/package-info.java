/**
 * The process engine as Salesflow uses it: models in {@code processes/} and {@code forms/} deploy themselves,
 * engine authorizations match our roles, and expressions in models reach only the beans meant for them.
 */
package com.salesflow.workflow;
