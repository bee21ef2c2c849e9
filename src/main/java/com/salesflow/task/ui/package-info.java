/** The Vaadin side of the task list: a Camunda Form rendered as Vaadin fields in the user's language. */
package com.salesflow.task.ui;
