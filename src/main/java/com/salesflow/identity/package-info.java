/**
 * Who is who: users, roles (the Camunda groups of CONTRACTS.md), teams with a supervisor, login and single
 * sign-on for the Vaadin UI, our REST API, Camunda REST and the Camunda webapps.
 */
package com.salesflow.identity;
